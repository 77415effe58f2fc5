using SalesSuite.Modules.Orders.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.RemoveOrderLine;

internal static class RemoveOrderLineField
{
    public static void Register(ISchemaSlice slice, OrderPayloads payloads) =>
        slice.AddMutation<RemoveOrderLineHandler, RemoveOrderLineInput>("removeOrderLine", new RemoveOrderLineInputGraphType(), payloads.Order,
            "Removes a line from a draft order.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["order"] = await handler.HandleAsync(input, ct) });
}
