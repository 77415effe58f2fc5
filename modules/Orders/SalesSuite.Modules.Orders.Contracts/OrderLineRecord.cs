namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>A line of an imported order.</summary>
public sealed record OrderLineRecord(string? Sku, string Description, decimal Quantity, decimal UnitPrice);
