using SalesSuite.Modules.Orders.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Features.SetExchangeRate;

internal static class SetExchangeRateField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<SetExchangeRateHandler, SetExchangeRateInput>("setExchangeRate", new SetExchangeRateInputGraphType(),
            SchemaBuilders.Payload("ExchangeRatePayload", ("exchangeRate", "ExchangeRate")),
            "Sets the exchange rate of a currency to the base currency from a date on.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["exchangeRate"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(OrdersSchema.SettingsPermission);
}
