using GraphQL.Types;
using SalesSuite.Modules.Orders.Domain;

namespace SalesSuite.Modules.Orders.Api;

/// <summary>setBaseCurrency's payload: the <c>settings</c> it saved, as their base currency.</summary>
internal sealed class BaseCurrencyPayloadGraphType : ObjectGraphType<IDictionary<string, object?>>
{
    public BaseCurrencyPayloadGraphType()
    {
        Name = "BaseCurrencyPayload";
        Field<NonNullGraphType<StringGraphType>>("baseCurrency").Resolve(ctx => Settings(ctx.Source).BaseCurrency);
    }

    public static CurrencySettings Settings(IDictionary<string, object?> payload) => (CurrencySettings)payload["settings"]!;
}
