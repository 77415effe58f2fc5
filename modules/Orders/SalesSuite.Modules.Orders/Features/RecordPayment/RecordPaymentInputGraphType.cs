using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.RecordPayment;

internal sealed class RecordPaymentInputGraphType : TypedInputGraphType<RecordPaymentInput>
{
    public RecordPaymentInputGraphType()
        : base("RecordPaymentInput", "A payment received (partial or full).")
    {
        Input("orderId", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
        Input("amount", new NonNullGraphType(new DecimalGraphType()), "In the order's currency.");
        Input("reference", new StringGraphType());
    }

    protected override RecordPaymentInput Bind(InputValues values) => new()
    {
        OrderId = values.RawText("orderId"),
        Version = values.Value<long>("version"),
        Amount = values.Value<decimal>("amount"),
        Reference = values.Text("reference"),
    };
}
