using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.CancelOrder;

internal sealed class CancelOrderInputGraphType : TypedInputGraphType<CancelOrderInput>
{
    public CancelOrderInputGraphType()
        : base("CancelOrderInput", "The draft or unpaid confirmed order to cancel.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
    }

    protected override CancelOrderInput Bind(InputValues values) => new() { Id = values.RawText("id"), Version = values.Value<long>("version") };
}
