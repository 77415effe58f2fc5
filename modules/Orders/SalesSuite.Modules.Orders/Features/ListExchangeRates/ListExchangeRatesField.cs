using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Api;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.ListExchangeRates;

/// <summary>exchangeRates: the tenant's rates, by currency, newest first.</summary>
internal static class ListExchangeRatesField
{
    public static void Register(ISchemaSlice slice)
    {
        var rates = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new ExchangeRateGraphType())));
        slice.AddQueryField(Fields.Create("exchangeRates", rates, async ctx =>
        {
            await using var db = ctx.Db<OrdersDbContext>();
            return await db.Rates.OrderBy(r => r.Currency).ThenByDescending(r => r.Date).Take(1000).ToListAsync(ctx.CancellationToken);
        }, "The tenant's exchange rates to its base currency, newest first per currency."));
    }
}
