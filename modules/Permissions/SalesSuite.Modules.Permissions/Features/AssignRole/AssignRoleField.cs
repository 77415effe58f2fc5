using GraphQL.Types;
using SalesSuite.Modules.Permissions.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Permissions.Features.AssignRole;

internal static class AssignRoleField
{
    public static void Register(ISchemaSlice slice, RoleAssignmentInputGraphType input, IGraphType payload) =>
        slice.AddMutation<AssignRoleHandler, RoleAssignmentInput>("assignRole", input, payload, "Gives a user a role.",
            async (handler, assignment, ct) => new Dictionary<string, object?> { ["roles"] = await handler.HandleAsync(assignment, ct) });
}
