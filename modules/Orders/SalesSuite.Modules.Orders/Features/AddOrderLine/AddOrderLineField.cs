using SalesSuite.Modules.Orders.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.AddOrderLine;

internal static class AddOrderLineField
{
    public static void Register(ISchemaSlice slice, OrderPayloads payloads) =>
        slice.AddMutation<AddOrderLineHandler, AddOrderLineInput>("addOrderLine", new AddOrderLineInputGraphType(payloads.Attribute), payloads.Order,
            "Adds a line to a draft order.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["order"] = await handler.HandleAsync(input, ct) });
}
