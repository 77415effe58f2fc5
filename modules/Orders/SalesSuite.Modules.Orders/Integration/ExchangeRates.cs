using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Integration;

/// <summary>The tenant's base currency and its rates to it (<see cref="IExchangeRates"/>), for confirmations and other modules' figures.</summary>
internal sealed class ExchangeRates(ModuleDbContextFactory<OrdersDbContext> contexts) : IExchangeRates
{
    public async Task<string> BaseCurrencyAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Currencies.Select(c => c.BaseCurrency).FirstOrDefaultAsync(cancellationToken) ?? "USD";
    }

    public async Task<decimal?> RateAsync(string currency, DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var baseCurrency = await db.Currencies.Select(c => c.BaseCurrency).FirstOrDefaultAsync(cancellationToken) ?? "USD";
        if (currency == baseCurrency)
        {
            return 1m;
        }

        return await db.Rates.Where(r => r.Currency == currency && r.Date <= date).OrderByDescending(r => r.Date)
            .Select(r => (decimal?)r.Rate).FirstOrDefaultAsync(cancellationToken);
    }
}
