using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>A sales rep as reports group it, from the Team module's events.</summary>
internal sealed class RepDimension : TenantEntity
{
    public string UserId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public Guid? TeamId { get; set; }

    public string? Territory { get; set; }

    public string? ManagerUserId { get; set; }

    public bool Active { get; set; }

    public long Version { get; set; }
}
