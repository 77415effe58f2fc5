using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.RemoveOrderLine;

internal sealed class RemoveOrderLineInputGraphType : TypedInputGraphType<RemoveOrderLineInput>
{
    public RemoveOrderLineInputGraphType()
        : base("RemoveOrderLineInput", "The line to remove from a draft.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
    }

    protected override RemoveOrderLineInput Bind(InputValues values) => new() { Id = values.RawText("id"), Version = values.Value<long>("version") };
}
