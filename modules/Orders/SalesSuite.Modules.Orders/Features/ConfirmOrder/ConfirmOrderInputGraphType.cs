using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.ConfirmOrder;

internal sealed class ConfirmOrderInputGraphType : TypedInputGraphType<ConfirmOrderInput>
{
    public ConfirmOrderInputGraphType()
        : base("ConfirmOrderInput", "The draft to confirm.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
    }

    protected override ConfirmOrderInput Bind(InputValues values) => new() { Id = values.RawText("id"), Version = values.Value<long>("version") };
}
