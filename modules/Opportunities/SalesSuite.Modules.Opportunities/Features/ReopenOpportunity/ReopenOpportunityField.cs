using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.ReopenOpportunity;

internal static class ReopenOpportunityField
{
    public static void Register(ISchemaSlice slice, OpportunityPayloads payloads) =>
        slice.AddMutation<ReopenOpportunityHandler, ReopenOpportunityInput>("reopenOpportunity", new ReopenOpportunityInputGraphType(), payloads.Opportunity,
            "Takes a closed opportunity back to the last open stage.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["opportunity"] = await handler.HandleAsync(input, ct) });
}
