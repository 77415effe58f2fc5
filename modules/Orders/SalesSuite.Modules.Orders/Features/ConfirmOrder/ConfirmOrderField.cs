using SalesSuite.Modules.Orders.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.ConfirmOrder;

internal static class ConfirmOrderField
{
    public static void Register(ISchemaSlice slice, OrderPayloads payloads) =>
        slice.AddMutation<ConfirmOrderHandler, ConfirmOrderInput>("confirmOrder", new ConfirmOrderInputGraphType(), payloads.Order,
            "Confirms a draft and gives it the tenant's next order number.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["order"] = await handler.HandleAsync(input, ct) });
}
