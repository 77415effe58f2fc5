using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Features.ReassignOpportunity;

internal sealed class ReassignOpportunityInputGraphType : TypedInputGraphType<ReassignOpportunityInput>
{
    public ReassignOpportunityInputGraphType()
        : base("ReassignOpportunityInput", "The new owner and why.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
        Input("ownerId", new NonNullGraphType(new StringGraphType()));
        Input("reason", new StringGraphType());
    }

    protected override ReassignOpportunityInput Bind(InputValues values) => new()
    {
        Id = values.RawText("id"),
        Version = values.Value<long>("version"),
        OwnerId = values.Text("ownerId"),
        Reason = values.Text("reason"),
    };
}
