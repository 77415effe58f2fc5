using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.UpdateOpportunity;

internal static class UpdateOpportunityField
{
    public static void Register(ISchemaSlice slice, OpportunityPayloads payloads) =>
        slice.AddMutation<UpdateOpportunityHandler, UpdateOpportunityInput>("updateOpportunity", new UpdateOpportunityInputGraphType(), payloads.Opportunity,
            "Changes an opportunity.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["opportunity"] = await handler.HandleAsync(input, ct) });
}
