using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>A sales team's name, from the Team module's events.</summary>
internal sealed class TeamDimension : TenantEntity
{
    private TeamDimension()
    {
    }

    public TeamDimension(Guid teamId) => TeamId = teamId;

    public Guid TeamId { get; private set; }

    public string Name { get; set; } = string.Empty;

    public long Version { get; set; }
}
