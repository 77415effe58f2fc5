using GraphQL.Types;
using SalesSuite.Modules.Permissions.Features.AssignRole;
using SalesSuite.Modules.Permissions.Features.DefineRole;
using SalesSuite.Modules.Permissions.Features.ExplainAccess;
using SalesSuite.Modules.Permissions.Features.GetMyAccess;
using SalesSuite.Modules.Permissions.Features.ListRoles;
using SalesSuite.Modules.Permissions.Features.ListUserRoles;
using SalesSuite.Modules.Permissions.Features.RevokeRole;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Permissions.Api;

/// <summary>Roles, their assignment and access explanations: their types and their features in schema order.</summary>
internal static class PermissionsSchema
{
    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<RecordScopeGraphType>();
        slice.AddType<RoleGraphType>();
        slice.AddType<AccessExplanationGraphType>();
        var names = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType())));
        ListRolesField.Register(slice);
        ListUserRolesField.Register(slice, names);
        GetMyAccessField.Register(slice);
        ExplainAccessField.Register(slice);

        var assignment = new RoleAssignmentInputGraphType();
        var assignmentPayload = new RoleAssignmentPayloadGraphType();
        DefineRoleField.Register(slice);
        AssignRoleField.Register(slice, assignment, assignmentPayload);
        RevokeRoleField.Register(slice, assignment, assignmentPayload);
    }
}
