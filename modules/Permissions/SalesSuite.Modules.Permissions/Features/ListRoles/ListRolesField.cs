using GraphQL.Types;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Permissions.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Features.ListRoles;

internal static class ListRolesField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.Create("roles", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Role")))), async ctx =>
        {
            await using var db = ctx.Db<PermissionsDbContext>();
            return await db.ListRolesAsync(ctx.CancellationToken);
        }, "The tenant's roles, built-in and its own.").RequirePermission(PermissionNames.PermissionsManage));
}
