using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Features.RemoveSalesTarget;

internal static class RemoveSalesTargetField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<RemoveSalesTargetHandler, RemoveSalesTargetInput>("removeSalesTarget", new RemoveSalesTargetInputGraphType(),
            SchemaBuilders.Payload("RemoveSalesTargetPayload", ("salesTarget", "SalesTarget")),
            "Removes a target; the same people who may set it may remove it. Returns it as it was.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["salesTarget"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(PermissionNames.TeamTargets);
}
