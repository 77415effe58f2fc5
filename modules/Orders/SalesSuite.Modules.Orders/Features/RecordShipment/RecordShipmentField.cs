using SalesSuite.Modules.Orders.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.RecordShipment;

internal static class RecordShipmentField
{
    public static void Register(ISchemaSlice slice, OrderPayloads payloads) =>
        slice.AddMutation<RecordShipmentHandler, RecordShipmentInput>("recordShipment", new RecordShipmentInputGraphType(), payloads.Order,
            "Records a shipment; the order is SHIPPED when every line is.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["order"] = await handler.HandleAsync(input, ct) });
}
