using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.Modules.Team.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Team.Domain;

/// <summary>The team's integration events, built in one place for the saves that publish them and for the replay.</summary>
internal static class TeamEvents
{
    /// <summary>The properties of a rep whose change is published: what reports group and filter reps by.</summary>
    public static readonly string[] Reported =
        [nameof(SalesRep.Name), nameof(SalesRep.TeamId), nameof(SalesRep.Territory), nameof(SalesRep.ManagerUserId), nameof(SalesRep.DeactivatedAt)];

    public static SalesRepChanged Changed(SalesRep rep, DateTimeOffset at) =>
        new(rep.OwnerId, rep.Name, rep.TeamId, rep.Territory, rep.ManagerUserId, rep.Active, rep.Version, at);

    public static SalesTeamChanged Changed(SalesTeam team, DateTimeOffset at) => new(team.Id, team.Name, team.Version, at);
}

/// <summary>Re-tells every team and rep as they stand, for read models rebuilt from scratch.</summary>
internal sealed class TeamReplay(ModuleDbContextFactory<TeamDbContext> contexts, TimeProvider clock) : IEventReplaySource
{
    public string ModuleName => "Team";

    public async IAsyncEnumerable<IIntegrationEvent> ReplayAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        var now = clock.GetUtcNow();
        foreach (var team in await db.Teams.OrderBy(t => t.Id).ToListAsync(cancellationToken))
        {
            yield return TeamEvents.Changed(team, now);
        }

        foreach (var rep in await db.Reps.OrderBy(r => r.Id).ToListAsync(cancellationToken))
        {
            yield return TeamEvents.Changed(rep, now);
        }
    }
}
