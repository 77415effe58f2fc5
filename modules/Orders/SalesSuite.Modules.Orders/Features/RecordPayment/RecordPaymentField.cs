using SalesSuite.Modules.Orders.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.RecordPayment;

internal static class RecordPaymentField
{
    public static void Register(ISchemaSlice slice, OrderPayloads payloads) =>
        slice.AddMutation<RecordPaymentHandler, RecordPaymentInput>("recordPayment", new RecordPaymentInputGraphType(), payloads.Order,
            "Records a payment; the order is PAID when nothing is outstanding.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["order"] = await handler.HandleAsync(input, ct) });
}
