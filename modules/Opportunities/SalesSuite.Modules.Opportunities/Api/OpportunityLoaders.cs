using GraphQL;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Api;

/// <summary>The module's batch loaders: stages, histories and opportunities by id or by owner, one query per list.</summary>
internal static class OpportunityLoaders
{
    public static BatchLoader<Guid, Opportunity> ById(IResolveFieldContext ctx)
    {
        return ctx.Loader<OpportunitiesDbContext, Guid, Opportunity>("opp.byId", async (db, ids, ct) =>
        {
            return await db.Opportunities.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        });
    }

    public static BatchLoader<string, IReadOnlyList<Opportunity>> ByOwner(IResolveFieldContext ctx, OpportunityStatus? status)
    {
        return ctx.GroupedLoader<OpportunitiesDbContext, string, Opportunity>($"opp.byOwner.{status}", async (db, ids, ct) =>
        {
            var query = db.Opportunities.Where(o => ids.Contains(o.OwnerId));
            if (status is { } wanted)
            {
                query = query.Where(o => o.Status == wanted);
            }

            return await query.OrderByDescending(o => o.CreatedAt).ToListAsync(ct);
        }, o => o.OwnerId);
    }

    public static BatchLoader<Guid, PipelineStage> Stages(IResolveFieldContext ctx)
    {
        return ctx.Loader<OpportunitiesDbContext, Guid, PipelineStage>("opp.stages", async (db, ids, ct) =>
        {
            return await db.Stages.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        });
    }

    public static BatchLoader<Guid, IReadOnlyList<T>> History<T>(IResolveFieldContext ctx, string name, Func<OpportunitiesDbContext, IQueryable<T>> set,
        System.Linq.Expressions.Expression<Func<T, Guid>> key, System.Linq.Expressions.Expression<Func<T, DateTimeOffset>> order)
    {
        var keyOf = key.Compile();
        return ctx.GroupedLoader<OpportunitiesDbContext, Guid, T>(name, async (db, ids, ct) =>
        {
            var parameter = key.Parameters[0];
            var contains = System.Linq.Expressions.Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)],
                System.Linq.Expressions.Expression.Constant(ids), key.Body);
            return await set(db).Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(contains, parameter)).OrderBy(order).ToListAsync(ct);
        }, keyOf);
    }
}
