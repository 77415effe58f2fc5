using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.DefineProduct;

/// <summary>A product by SKU, new or changed: texts trimmed; currency and active left out keep the product's (USD and true when new).</summary>
internal sealed record DefineProductInput : IVersionedInput
{
    public string? Sku { get; init; }

    public long? Version { get; init; }

    public string? Name { get; init; }

    public decimal? UnitPrice { get; init; }

    public string? Currency { get; init; }

    public decimal? TaxRate { get; init; }

    public bool? Active { get; init; }
}
