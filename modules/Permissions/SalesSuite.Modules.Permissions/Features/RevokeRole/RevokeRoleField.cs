using GraphQL.Types;
using SalesSuite.Modules.Permissions.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Permissions.Features.RevokeRole;

internal static class RevokeRoleField
{
    public static void Register(ISchemaSlice slice, RoleAssignmentInputGraphType input, IGraphType payload) =>
        slice.AddMutation<RevokeRoleHandler, RoleAssignmentInput>("revokeRole", input, payload, "Takes a role from a user.",
            async (handler, assignment, ct) => new Dictionary<string, object?> { ["roles"] = await handler.HandleAsync(assignment, ct) });
}
