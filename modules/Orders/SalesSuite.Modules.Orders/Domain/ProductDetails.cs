namespace SalesSuite.Modules.Orders.Domain;

/// <summary>What a product is given: a name, a price and tax rate, a currency and whether it is sold (null: as it is).</summary>
internal sealed record ProductDetails(string Name, decimal UnitPrice, string? Currency, decimal TaxRate, bool? Active);
