using SalesSuite.Modules.Orders.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.CancelOrder;

internal static class CancelOrderField
{
    public static void Register(ISchemaSlice slice, OrderPayloads payloads) =>
        slice.AddMutation<CancelOrderHandler, CancelOrderInput>("cancelOrder", new CancelOrderInputGraphType(), payloads.Order,
            "Cancels a draft, or a confirmed order with no payment.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["order"] = await handler.HandleAsync(input, ct) });
}
