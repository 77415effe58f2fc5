using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Features.GetMySalesRep;

/// <summary><c>me</c>: the caller's own rep profile.</summary>
internal static class GetMySalesRepField
{
    public static void Register(ISchemaSlice slice, IGraphType rep) =>
        slice.AddQueryField(Fields.CreateWith<ICurrentUser>("me", rep, async (ctx, currentUser) =>
        {
            var userId = currentUser.UserIdOrThrow;
            await using var db = ctx.Db<TeamDbContext>();
            return await db.Reps.FirstOrDefaultAsync(r => r.OwnerId == userId, ctx.CancellationToken);
        }, "Your own sales rep profile, if you have one."));
}
