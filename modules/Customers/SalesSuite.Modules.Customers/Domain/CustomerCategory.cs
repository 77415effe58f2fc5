using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Customers.Domain;

internal sealed class CustomerCategory : TenantEntity
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
