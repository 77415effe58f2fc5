using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Opportunities.Integration;

/// <summary>
/// The base-currency rule: an opportunity keeps the rate of its registration (UTC) day, taken from the Orders module's
/// dated rates (the latest rate on or before that day). A change of amount reuses the kept rate; a change of currency takes
/// the new currency's rate of the same day. As when an order is confirmed, a currency without a known rate is refused
/// (VALIDATION) and nothing is saved. The Orders module may be disabled: its rates come as a sequence, empty when it is off.
/// </summary>
internal sealed class OpportunityConversion(IEnumerable<IExchangeRates> exchangeRates)
{
    public async Task ConvertAsync(Opportunity opportunity, DateOnly day, bool currencyChanged, CancellationToken ct)
    {
        if (!currencyChanged && opportunity.RateToBase is { } kept)
        {
            opportunity.ConvertAt(kept, opportunity.BaseCurrency);
            return;
        }

        var rates = exchangeRates.FirstOrDefault()
            ?? throw new AppException(ErrorCodes.ModuleDisabled, "Opportunities need the Orders module's exchange rates, which are not available.");
        var baseCurrency = await rates.BaseCurrencyAsync(ct);
        var rate = await rates.RateAsync(opportunity.Currency, day, ct)
            ?? throw new AppException(
                ErrorCodes.Validation,
                $"There is no exchange rate from {opportunity.Currency} to {baseCurrency} on or before {day:yyyy-MM-dd}: add one with setExchangeRate.",
                [new FieldError("currency", $"has no rate to {baseCurrency} on or before {day:yyyy-MM-dd}.")]);
        opportunity.ConvertAt(rate, baseCurrency);
    }
}
