using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>A customer as reports group it, from the Customers module's events.</summary>
internal sealed class CustomerDimension : TenantEntity
{
    private CustomerDimension()
    {
    }

    public CustomerDimension(Guid customerId) => CustomerId = customerId;

    public Guid CustomerId { get; private set; }

    public string Name { get; set; } = string.Empty;

    public string? Level { get; set; }

    public string? Source { get; set; }

    public string? Region { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    public bool Archived { get; set; }

    public long Version { get; set; }
}
