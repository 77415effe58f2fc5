using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Customers.Domain;

/// <summary>A tenant-defined customer level (e.g. A/B/C); <see cref="Rank"/> orders them.</summary>
internal sealed class CustomerLevel : TenantEntity
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public int Rank { get; set; }
}
