using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.CompleteOrder;

internal sealed class CompleteOrderInputGraphType : TypedInputGraphType<CompleteOrderInput>
{
    public CompleteOrderInputGraphType()
        : base("CompleteOrderInput", "The shipped order to complete.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
    }

    protected override CompleteOrderInput Bind(InputValues values) => new() { Id = values.RawText("id"), Version = values.Value<long>("version") };
}
