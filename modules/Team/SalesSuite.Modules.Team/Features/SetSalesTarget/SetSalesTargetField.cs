using GraphQL.Types;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Team.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Features.SetSalesTarget;

internal static class SetSalesTargetField
{
    public static void Register(ISchemaSlice slice, SalesPeriodInputGraphType period) =>
        slice.AddMutation<SetSalesTargetHandler, SetSalesTargetInput>("setSalesTarget", new SetSalesTargetInputGraphType().WithFieldType("period", period),
            SchemaBuilders.Payload("SalesTargetPayload", ("salesTarget", "SalesTarget")),
            "Sets a target (TEAM4): managers for the reps below them and for teams wholly in their scope, admins for anyone; never one's own (except admins).",
            async (handler, input, ct) => new Dictionary<string, object?> { ["salesTarget"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(PermissionNames.TeamTargets);
}
