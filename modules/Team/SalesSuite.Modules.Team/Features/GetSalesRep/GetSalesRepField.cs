using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Team.Features.GetSalesRep;

internal static class GetSalesRepField
{
    public static void Register(ISchemaSlice slice, IGraphType rep) =>
        slice.AddQueryField(Fields.Create("salesRep", rep, async ctx =>
        {
            var userId = ctx.GetArgument<string>("userId");
            await using var db = ctx.Db<TeamDbContext>();
            return await db.Reps.FirstOrDefaultAsync(r => r.OwnerId == userId, ctx.CancellationToken);
        }, "One sales rep by user id; null when unknown or outside your scope.", new QueryArguments(
            new QueryArgument(new NonNullGraphType(new StringGraphType())) { Name = "userId" })));
}
