using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.RecordShipment;

internal sealed class RecordShipmentLineInputGraphType : TypedInputGraphType<RecordShipmentLineInput>
{
    public RecordShipmentLineInputGraphType()
        : base("ShipmentLineInput", "A line and the quantity shipped.")
    {
        Input("lineId", new NonNullGraphType(new IdGraphType()));
        Input("quantity", new NonNullGraphType(new DecimalGraphType()), "Units of the line shipped now.");
    }

    protected override RecordShipmentLineInput Bind(InputValues values) =>
        new() { LineId = values.RawText("lineId"), Quantity = values.Value<decimal>("quantity") };
}
