using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.CompleteOpportunityFollowUp;

internal static class CompleteOpportunityFollowUpField
{
    public static void Register(ISchemaSlice slice, OpportunityPayloads payloads) =>
        slice.AddMutation<CompleteOpportunityFollowUpHandler, CompleteOpportunityFollowUpInput>("completeOpportunityFollowUp",
            new CompleteOpportunityFollowUpInputGraphType(), payloads.FollowUp, "Marks a follow-up as done.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["followUp"] = await handler.HandleAsync(input, ct) });
}
