using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Features.TrainIntentModel;

internal static class TrainIntentModelField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<TrainIntentModelHandler, TrainIntentModelInput>("trainIntentModel", new TrainIntentModelInputGraphType(),
            SchemaBuilders.Payload("TrainIntentModelPayload", ("intentModel", "IntentModel")),
            "Retrains the tenant's purchase-intent model now (it is otherwise retrained daily).",
            (handler, input, ct) => SchemaBuilders.Payload("intentModel", handler.HandleAsync(input, ct))).RequirePermission(PermissionNames.ReportingModel);
}
