namespace SalesSuite.Modules.Customers.Features.DefineCustomerCategory;

/// <summary>Creates or renames a customer category.</summary>
internal sealed record DefineCustomerCategoryInput
{
    public string? Code { get; init; }

    public string? Name { get; init; }
}
