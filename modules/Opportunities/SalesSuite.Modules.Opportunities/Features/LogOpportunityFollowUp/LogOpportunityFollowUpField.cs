using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.LogOpportunityFollowUp;

internal static class LogOpportunityFollowUpField
{
    public static void Register(ISchemaSlice slice, OpportunityPayloads payloads) =>
        slice.AddMutation<LogOpportunityFollowUpHandler, LogOpportunityFollowUpInput>("logOpportunityFollowUp", new LogOpportunityFollowUpInputGraphType(),
            payloads.FollowUp, "Adds to an opportunity's follow-up log.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["followUp"] = await handler.HandleAsync(input, ct) });
}
