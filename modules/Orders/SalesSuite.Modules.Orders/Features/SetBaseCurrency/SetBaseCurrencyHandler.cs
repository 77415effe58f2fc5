using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Features.SetBaseCurrency;

/// <summary>Sets the tenant's base currency; refused once orders have been converted to another one.</summary>
internal sealed class SetBaseCurrencyHandler(ModuleDbContextFactory<OrdersDbContext> contexts)
{
    public async Task<CurrencySettings> HandleAsync(SetBaseCurrencyInput input, CancellationToken ct)
    {
        var currency = CurrencyCode.Require("currency", input.Currency);
        await using var db = contexts.Create();
        var settings = await db.LoadSettingsToChangeAsync(ct);
        var converted = db.Entry(settings).State != EntityState.Added && settings.BaseCurrency != currency
            && await db.Orders.AnyAsync(o => o.RateToBase != null, ct);
        if (!settings.ChangeBaseCurrency(currency, converted))
        {
            throw InvalidInput.Of("currency", "cannot change once orders have been converted to the base currency.");
        }

        await db.SaveChangesAsync(ct);
        return settings;
    }
}
