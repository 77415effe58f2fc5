namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>A product of the catalog; <paramref name="TaxRate"/> in percent.</summary>
public sealed record ProductRecord(string Sku, string Name, decimal UnitPrice, string Currency, decimal TaxRate);
