using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Team.Integration;

/// <summary>Every rep of the tenant in one query (work distribution needs them all, whoever asks).</summary>
internal sealed class RepRoster(ModuleDbContextFactory<TeamDbContext> contexts) : IRepRoster
{
    public async Task<IReadOnlyList<RosterRep>> RepsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        return await db.Reps.OrderBy(r => r.OwnerId)
            .Select(r => new RosterRep(r.OwnerId, r.TeamId, r.Territory, r.Capacity, r.DeactivatedAt == null))
            .ToListAsync(cancellationToken);
    }
}
