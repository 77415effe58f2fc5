namespace SalesSuite.Demo;

public sealed record DemoOrderLine(string Sku, string Name, decimal Quantity, decimal UnitPrice);
