namespace SalesSuite.Demo;

/// <summary>Units of the base currency (USD) per unit of <paramref name="Currency"/> from <paramref name="Date"/>.</summary>
public sealed record DemoRate(string Currency, DateOnly Date, decimal Rate);
