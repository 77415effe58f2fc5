using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Team.Integration;

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
