using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Data;

/// <summary>
/// Who may set or remove a target: a holder of <c>team.targets</c> (managers, admins) for a rep in their record scope other than
/// themself (a rep outside it is NOT_FOUND, one's own target FORBIDDEN), and for a team whose active members are all in their scope
/// (FORBIDDEN otherwise). A tenant-wide scope (admin) may set any target, their own included.
/// </summary>
internal sealed class TargetAuthorization(ModuleDbContextFactory<TeamDbContext> contexts, ICurrentUser user, ICurrentAccess access)
{
    /// <summary>The subject key when the current user may set the rep's or team's target; NOT_FOUND or FORBIDDEN otherwise.</summary>
    public async Task<string> AuthorizeAsync(TeamDbContext db, string? userId, Guid? teamId, string? shownId, CancellationToken ct)
    {
        var grant = access.Grant ?? throw new AppException(ErrorCodes.Forbidden, "No access grant.");
        if (userId is not null)
        {
            // db.Reps applies the record scope: a rep outside it does not exist for this user.
            if (!await db.Reps.AnyAsync(r => r.OwnerId == userId, ct))
            {
                throw AppException.NotFound("SalesRep", userId);
            }

            if (userId == user.UserIdOrThrow && !grant.AllOwners)
            {
                throw new AppException(ErrorCodes.Forbidden, "You cannot set or remove your own target: a manager above you or an admin does.");
            }

            return SalesTarget.RepKey(userId);
        }

        var id = teamId!.Value;
        if (!await db.Teams.AnyAsync(t => t.Id == id, ct))
        {
            throw AppException.NotFound("Team", shownId ?? id.ToString());
        }

        if (!grant.AllOwners)
        {
            await using var system = contexts.CreateForSystem();
            var members = await system.Reps.CountAsync(r => r.TeamId == id && r.DeactivatedAt == null, ct);
            var visible = await db.Reps.CountAsync(r => r.TeamId == id && r.DeactivatedAt == null, ct);
            if (members == 0 || visible < members)
            {
                throw new AppException(ErrorCodes.Forbidden,
                    "Only a manager whose scope covers every member of the team, or an admin, may set or remove the team's target.");
            }
        }

        return SalesTarget.TeamKey(id);
    }
}
