using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.MoveOpportunityStage;

internal static class MoveOpportunityStageField
{
    public static void Register(ISchemaSlice slice, OpportunityPayloads payloads) =>
        slice.AddMutation<MoveOpportunityStageHandler, MoveOpportunityStageInput>("moveOpportunityStage", new MoveOpportunityStageInputGraphType(),
            payloads.Opportunity, "Moves an open opportunity to another stage (recorded in its stage history); a won or lost stage closes it.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["opportunity"] = await handler.HandleAsync(input, ct) });
}
