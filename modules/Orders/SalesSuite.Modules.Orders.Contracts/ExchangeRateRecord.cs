namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>Units of the base currency per unit of <paramref name="Currency"/> from <paramref name="Date"/> on.</summary>
public sealed record ExchangeRateRecord(string Currency, DateOnly Date, decimal Rate);
