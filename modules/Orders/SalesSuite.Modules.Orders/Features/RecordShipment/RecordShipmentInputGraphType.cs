using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.RecordShipment;

internal sealed class RecordShipmentInputGraphType : TypedInputGraphType<RecordShipmentInput>
{
    public RecordShipmentInputGraphType()
        : base("RecordShipmentInput", "What left the warehouse (partial or full).")
    {
        Input("orderId", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
        Input("lines", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new RecordShipmentLineInputGraphType()))));
        Input("reference", new StringGraphType());
    }

    protected override RecordShipmentInput Bind(InputValues values) => new()
    {
        OrderId = values.RawText("orderId"),
        Version = values.Value<long>("version"),
        Lines = values.Objects<RecordShipmentLineInput>("lines"),
        Reference = values.Text("reference"),
    };
}
