namespace SalesSuite.Modules.Orders.Api;

/// <summary>
/// A line of createOrder (<c>OrderLineInput</c>) or addOrderLine: a product (<see cref="ProductId"/> as sent, null when left out
/// or blank) or a custom item; <see cref="OrderLineValidator"/> holds the rules.
/// </summary>
internal sealed record OrderLineInput
{
    public string? ProductId { get; init; }

    public string? Description { get; init; }

    public decimal? Quantity { get; init; }

    public decimal? UnitPrice { get; init; }

    public decimal? Discount { get; init; }

    public decimal? TaxRate { get; init; }

    public IReadOnlyList<SpecificationAttributeInput> Attributes { get; init; } = [];
}
