using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Features.LogOpportunityFollowUp;

internal sealed class LogOpportunityFollowUpInputGraphType : TypedInputGraphType<LogOpportunityFollowUpInput>
{
    public LogOpportunityFollowUpInputGraphType()
        : base("LogOpportunityFollowUpInput", "A note on the opportunity and, optionally, when to follow up next.")
    {
        Input("opportunityId", new NonNullGraphType(new IdGraphType()));
        Input("note", new NonNullGraphType(new StringGraphType()));
        Input("nextFollowUpAt", new DateTimeOffsetGraphType());
    }

    protected override LogOpportunityFollowUpInput Bind(InputValues values) => new()
    {
        OpportunityId = values.RawText("opportunityId"),
        Note = values.Text("note"),
        NextFollowUpAt = values.Value<DateTimeOffset>("nextFollowUpAt")?.ToUniversalTime(),
    };
}
