using SalesSuite.Modules.Orders.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.CompleteOrder;

internal static class CompleteOrderField
{
    public static void Register(ISchemaSlice slice, OrderPayloads payloads) =>
        slice.AddMutation<CompleteOrderHandler, CompleteOrderInput>("completeOrder", new CompleteOrderInputGraphType(), payloads.Order,
            "Completes a shipped order.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["order"] = await handler.HandleAsync(input, ct) });
}
