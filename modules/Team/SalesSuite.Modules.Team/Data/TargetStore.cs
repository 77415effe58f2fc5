using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Data;

/// <summary>The targets a user may see, for the list and the node resolver.</summary>
internal static class TargetStore
{
    /// <summary>Rep targets of reps in the user's scope and team targets of teams with a member in it (the Reps set applies the scope in SQL).</summary>
    public static IQueryable<SalesTarget> VisibleTargets(this TeamDbContext db, AccessGrant? grant) =>
        grant is { AllOwners: true }
            ? db.Targets
            : db.Targets
                .Where(t => (t.RepUserId != null && db.Reps.Any(r => r.OwnerId == t.RepUserId))
                    || (t.TeamId != null && db.Reps.Any(r => r.TeamId == t.TeamId)));
}
