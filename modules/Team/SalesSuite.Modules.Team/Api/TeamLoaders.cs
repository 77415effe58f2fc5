using GraphQL;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Api;

/// <summary>The batch loaders the Team graph types share: reps by user id, direct reports, trainings and teams by id.</summary>
internal static class TeamLoaders
{
    public static BatchLoader<string, SalesRep> RepsByUser(IResolveFieldContext ctx)
    {
        return ctx.Loader<TeamDbContext, string, SalesRep>("team.repsByUser", async (db, ids, ct) =>
        {
            return await db.Reps.Where(r => ids.Contains(r.OwnerId)).ToDictionaryAsync(r => r.OwnerId, ct);
        });
    }

    public static BatchLoader<string, IReadOnlyList<SalesRep>> ReportsOf(IResolveFieldContext ctx)
    {
        return ctx.GroupedLoader<TeamDbContext, string, SalesRep>("team.reportsOf", async (db, ids, ct) =>
        {
            return await db.Reps.Where(r => r.ManagerUserId != null && ids.Contains(r.ManagerUserId)).OrderBy(r => r.Name).ToListAsync(ct);
        }, r => r.ManagerUserId!);
    }

    public static BatchLoader<string, IReadOnlyList<TrainingRecord>> TrainingsOf(IResolveFieldContext ctx)
    {
        return ctx.GroupedLoader<TeamDbContext, string, TrainingRecord>("team.trainings", async (db, ids, ct) =>
        {
            return await db.Trainings.Where(t => ids.Contains(t.OwnerId)).OrderByDescending(t => t.Date).ThenBy(t => t.Course).ToListAsync(ct);
        }, t => t.OwnerId);
    }

    public static BatchLoader<Guid, SalesTeam> TeamsById(IResolveFieldContext ctx)
    {
        return ctx.Loader<TeamDbContext, Guid, SalesTeam>("team.teamsById", async (db, ids, ct) =>
        {
            return await db.Teams.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        });
    }
}
