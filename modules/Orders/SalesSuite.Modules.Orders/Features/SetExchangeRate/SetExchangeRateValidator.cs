using SalesSuite.Modules.Orders.Domain;

namespace SalesSuite.Modules.Orders.Features.SetExchangeRate;

/// <summary>setExchangeRate's rules: a currency code, a date, a rate more than 0 and at most 1,000,000 (the first problem is thrown).</summary>
internal static class SetExchangeRateValidator
{
    public static (string Currency, DateOnly Date, decimal Rate) Check(SetExchangeRateInput input)
    {
        var currency = CurrencyCode.Require("currency", input.Currency);
        var date = input.Date ?? throw InvalidInput.Of("date", "is required.");
        var rate = input.Rate ?? 0m;
        if (rate is <= 0 or > ExchangeRate.MaxRate)
        {
            throw InvalidInput.Of("rate", "must be more than 0 and at most 1,000,000.");
        }

        return (currency, date, rate);
    }
}
