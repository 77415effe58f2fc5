using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Features.RemoveSalesTarget;

internal sealed class RemoveSalesTargetInputGraphType : TypedInputGraphType<RemoveSalesTargetInput>
{
    public RemoveSalesTargetInputGraphType()
        : base("RemoveSalesTargetInput", "The target to remove.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
    }

    protected override RemoveSalesTargetInput Bind(InputValues values) => new() { Id = values.RawText("id"), Version = values.Value<long>("version") };
}
