using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.DefinePipelineStage;

internal static class DefinePipelineStageField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<DefinePipelineStageHandler, DefinePipelineStageInput>("definePipelineStage", new DefinePipelineStageInputGraphType(),
            SchemaBuilders.Payload("PipelineStagePayload", ("stage", "PipelineStage")), "Adds or changes a stage of your tenant's pipeline.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["stage"] = await handler.HandleAsync(input, ct) });
}
