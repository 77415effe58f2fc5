using GraphQL.Types;
using SalesSuite.Modules.Orders.Api;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.AddOrderLine;

internal sealed class AddOrderLineInputGraphType : TypedInputGraphType<AddOrderLineInput>
{
    public AddOrderLineInputGraphType(SpecificationAttributeInputGraphType attribute)
        : base("AddOrderLineInput", "A line to add to a draft.")
    {
        Input("orderId", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
        OrderLineInputGraphType.Declare((name, type, description) => Input(name, type, description), attribute);
    }

    protected override AddOrderLineInput Bind(InputValues values) => new()
    {
        OrderId = values.RawText("orderId"),
        Version = values.Value<long>("version"),
        Line = OrderLineInputGraphType.BindLine(values),
    };
}
