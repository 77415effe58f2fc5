using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Features.ReopenOpportunity;

internal sealed class ReopenOpportunityInputGraphType : TypedInputGraphType<ReopenOpportunityInput>
{
    public ReopenOpportunityInputGraphType()
        : base("ReopenOpportunityInput", "A won or lost opportunity to reopen.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
    }

    protected override ReopenOpportunityInput Bind(InputValues values) => new() { Id = values.RawText("id"), Version = values.Value<long>("version") };
}
