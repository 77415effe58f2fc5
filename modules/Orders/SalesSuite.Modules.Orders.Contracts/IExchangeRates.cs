namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>The tenant's base currency and dated exchange rates (owned by the Orders module).</summary>
public interface IExchangeRates
{
    Task<string> BaseCurrencyAsync(CancellationToken cancellationToken);

    /// <summary>Units of base currency for one unit of <paramref name="currency"/> on <paramref name="date"/> (the latest rate on or before it); null when none
    /// is known.</summary>
    Task<decimal?> RateAsync(string currency, DateOnly date, CancellationToken cancellationToken);
}
