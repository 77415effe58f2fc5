using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Team.Features.RecordTraining;

internal static class RecordTrainingField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<RecordTrainingHandler, RecordTrainingInput>("recordTraining", new RecordTrainingInputGraphType(),
            SchemaBuilders.Payload("TrainingRecordPayload", ("training", "TrainingRecord")), "Records a rep's training (TEAM2).",
            async (handler, input, ct) => new Dictionary<string, object?> { ["training"] = await handler.HandleAsync(input, ct) });
}
