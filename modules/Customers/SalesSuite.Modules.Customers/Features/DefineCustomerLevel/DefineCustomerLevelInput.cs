namespace SalesSuite.Modules.Customers.Features.DefineCustomerLevel;

/// <summary>Creates or renames a customer level.</summary>
internal sealed record DefineCustomerLevelInput
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public int? Rank { get; init; }
}
