using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.ReassignOpportunity;

internal static class ReassignOpportunityField
{
    public static void Register(ISchemaSlice slice, OpportunityPayloads payloads) =>
        slice.AddMutation<ReassignOpportunityHandler, ReassignOpportunityInput>("reassignOpportunity", new ReassignOpportunityInputGraphType(),
            payloads.Opportunity, "Gives an opportunity to another rep (recorded in its assignment history).",
            async (handler, input, ct) => new Dictionary<string, object?> { ["opportunity"] = await handler.HandleAsync(input, ct) });
}
