using SalesSuite.Modules.Orders.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Features.SetBaseCurrency;

internal static class SetBaseCurrencyField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<SetBaseCurrencyHandler, SetBaseCurrencyInput>("setBaseCurrency", new SetBaseCurrencyInputGraphType(),
            new BaseCurrencyPayloadGraphType(), "Sets the tenant's base currency (before any order was converted).",
            async (handler, input, ct) => new Dictionary<string, object?> { ["settings"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(OrdersSchema.SettingsPermission);
}
