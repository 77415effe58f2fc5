using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Permissions.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Features.ListUserRoles;

internal static class ListUserRolesField
{
    public static void Register(ISchemaSlice slice, IGraphType names) =>
        slice.AddQueryField(Fields.Create("userRoles", names, async ctx =>
        {
            await using var db = ctx.Db<PermissionsDbContext>();
            return await db.RolesOfAsync(ctx.GetArgument<string>("userId"), ctx.CancellationToken);
        }, "The roles assigned to a user in SalesSuite.",
            new QueryArguments(new QueryArgument(new NonNullGraphType(new StringGraphType())) { Name = "userId" }))
                .RequirePermission(PermissionNames.PermissionsManage));
}
