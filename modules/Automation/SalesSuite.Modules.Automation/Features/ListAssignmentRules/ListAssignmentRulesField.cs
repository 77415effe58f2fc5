using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Features.ListAssignmentRules;

internal static class ListAssignmentRulesField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.Create(
            "assignmentRules",
            new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("AssignmentRule")))),
            async ctx =>
            {
                await using var db = ctx.Db<AutomationDbContext>();
                return await db.Rules.OrderBy(r => r.Position).ThenBy(r => r.CreatedAt).ToListAsync(ctx.CancellationToken);
            },
            "The tenant's assignment rules in the order they are tried.").RequirePermission(PermissionNames.AutomationManage));
}
