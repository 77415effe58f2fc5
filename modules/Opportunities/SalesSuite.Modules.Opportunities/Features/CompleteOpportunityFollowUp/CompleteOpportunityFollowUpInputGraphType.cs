using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Features.CompleteOpportunityFollowUp;

internal sealed class CompleteOpportunityFollowUpInputGraphType : TypedInputGraphType<CompleteOpportunityFollowUpInput>
{
    public CompleteOpportunityFollowUpInputGraphType()
        : base("CompleteOpportunityFollowUpInput", "The follow-up that is done.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
    }

    protected override CompleteOpportunityFollowUpInput Bind(InputValues values) => new() { Id = values.RawText("id") };
}
