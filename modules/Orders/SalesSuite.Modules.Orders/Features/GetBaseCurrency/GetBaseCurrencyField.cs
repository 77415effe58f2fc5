using GraphQL.Types;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.GetBaseCurrency;

/// <summary>baseCurrency: the tenant's base currency.</summary>
internal static class GetBaseCurrencyField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddQueryField(Fields.CreateWith<IExchangeRates>("baseCurrency", new NonNullGraphType(new StringGraphType()),
            async (ctx, rates) => await rates.BaseCurrencyAsync(ctx.CancellationToken),
            "The tenant's base currency: reports add amounts up in it."));
    }
}
