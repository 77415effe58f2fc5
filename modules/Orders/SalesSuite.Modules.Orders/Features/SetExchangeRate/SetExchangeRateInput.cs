namespace SalesSuite.Modules.Orders.Features.SetExchangeRate;

/// <summary>A rate of a currency to the base currency, valid from a date on.</summary>
internal sealed record SetExchangeRateInput
{
    public string? Currency { get; init; }

    public DateOnly? Date { get; init; }

    public decimal? Rate { get; init; }
}
