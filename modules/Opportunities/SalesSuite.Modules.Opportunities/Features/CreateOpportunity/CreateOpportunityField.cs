using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.CreateOpportunity;

internal static class CreateOpportunityField
{
    public static void Register(ISchemaSlice slice, OpportunityPayloads payloads) =>
        slice.AddMutation<CreateOpportunityHandler, CreateOpportunityInput>("createOpportunity", new CreateOpportunityInputGraphType(), payloads.Opportunity,
            "Registers an opportunity for a customer you can see.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["opportunity"] = await handler.HandleAsync(input, ct) });
}
