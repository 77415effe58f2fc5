using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Team.Data;

/// <summary>The reads the rep features share: a rep to change, and the checks of a new place in the manager tree and team.</summary>
internal static class RepStore
{
    /// <summary>The rep with <paramref name="userId"/>, tracked; NOT_FOUND when unknown or outside the user's scope.</summary>
    public static async Task<SalesRep> LoadRepAsync(this TeamDbContext db, string? userId, CancellationToken ct) =>
        await db.Reps.AsTracking().FirstOrDefaultAsync(r => r.OwnerId == userId, ct)
        ?? throw AppException.NotFound("SalesRep", userId ?? string.Empty);

    /// <summary>
    /// Checks a placement of the rep <paramref name="repUserId"/>: a manager must be an active rep the user can see and not below the
    /// rep (<see cref="ManagerTree"/>), a team one of the tenant's. Parts left out are not checked; problems go to <paramref name="validator"/>.
    /// </summary>
    public static async Task CheckPlacementAsync(
        this TeamDbContext db, string repUserId, Optional<string?> managerUserId, Optional<Guid?> teamId, Validator validator, CancellationToken ct)
    {
        if (managerUserId.Or(null) is { } managerId)
        {
            var all = await db.Reps.Select(r => new { r.OwnerId, r.ManagerUserId, r.DeactivatedAt }).ToListAsync(ct);
            var manager = all.FirstOrDefault(r => r.OwnerId == managerId);
            if (manager is null || manager.DeactivatedAt is not null)
            {
                validator.Add("managerUserId", $"'{managerId}' is not an active sales rep you can see.");
            }
            else if (ManagerTree.WouldCycle(repUserId, managerId, all.ToDictionary(r => r.OwnerId, r => r.ManagerUserId, StringComparer.Ordinal)))
            {
                validator.Add("managerUserId", "would put the rep below themself in the manager tree.");
            }
        }

        if (teamId.Or(null) is { } id && !await db.Teams.AnyAsync(t => t.Id == id, ct))
        {
            validator.Add("teamId", "is not a team of this tenant.");
        }
    }
}
