using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Features.SetExchangeRate;

/// <summary>Sets the rate of a currency from a date on: a new rate, or the one of that day changed.</summary>
internal sealed class SetExchangeRateHandler(ModuleDbContextFactory<OrdersDbContext> contexts)
{
    public async Task<ExchangeRate> HandleAsync(SetExchangeRateInput input, CancellationToken ct)
    {
        var (currency, date, rate) = SetExchangeRateValidator.Check(input);
        await using var db = contexts.Create();
        var existing = await db.Rates.AsTracking().FirstOrDefaultAsync(r => r.Currency == currency && r.Date == date, ct);
        if (existing is null)
        {
            existing = ExchangeRate.Of(currency, date, rate);
            db.Rates.Add(existing);
        }
        else
        {
            existing.Change(rate);
        }

        await db.SaveChangesAsync(ct);
        return existing;
    }
}
