using SalesSuite.Modules.Orders.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.CreateOrder;

internal static class CreateOrderField
{
    public static void Register(ISchemaSlice slice, OrderPayloads payloads) =>
        slice.AddMutation<CreateOrderHandler, CreateOrderInput>("createOrder", new CreateOrderInputGraphType(payloads.Attribute), payloads.Order,
            "Creates a draft order.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["order"] = await handler.HandleAsync(input, ct) });
}
