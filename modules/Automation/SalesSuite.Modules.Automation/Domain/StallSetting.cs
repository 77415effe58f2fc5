using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Automation.Domain;

/// <summary>How many days an opportunity may stay in a stage before it counts as stalled; <see cref="Guid.Empty"/> holds the tenant's default.</summary>
internal sealed class StallSetting : TenantEntity
{
    public const int DefaultDays = 14;

    public Guid StageId { get; set; }

    public int Days { get; set; }
}
