using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Team.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Domain;

/// <summary>
/// Sets and removes targets. Who may: a holder of <c>team.targets</c> (managers, admins) for a rep in their record scope other than
/// themself (a rep outside it is NOT_FOUND, one's own target FORBIDDEN), and for a team whose active members are all in their scope
/// (FORBIDDEN otherwise). A tenant-wide scope (admin) may set any target, their own included.
/// </summary>
internal sealed class TargetCommands(ModuleDbContextFactory<TeamDbContext> contexts, ICurrentUser user, ICurrentAccess access, IExchangeRates? rates = null)
{
    public async Task<SalesTarget> SetAsync(InputReader input, CancellationToken ct)
    {
        var validator = new Validator();
        var userId = input.String("userId");
        var hasTeam = input.String("teamId") is not null;
        if ((userId is null) == !hasTeam)
        {
            validator.Add("userId", "give either userId (a rep's target) or teamId (a team's target), not both.");
        }

        var period = SalesPeriod.Read(input.Object("period"), "period", validator);
        var amount = input.Value<decimal>("amount");
        if (amount is not (>= 0m and <= 1_000_000_000_000m))
        {
            validator.Add("amount", "must be between 0 and 1,000,000,000,000 (in the base currency).");
        }

        validator.MaxLength("userId", userId, 64).ThrowIfInvalid();
        await using var db = contexts.Create();
        var key = await AuthorizeAsync(db, userId, hasTeam ? input.Id("teamId", "Team") : null, input.String("teamId"), ct);
        var target = await db.Targets.AsTracking().FirstOrDefaultAsync(
            t => t.SubjectKey == key && t.Year == period.Year && t.PeriodKind == period.Kind && t.PeriodNumber == period.Number, ct);
        if (target is null)
        {
            if (input.Value<long>("version") is { } version && version != 0)
            {
                throw AppException.Conflict("SalesTarget");
            }

            target = new SalesTarget
            {
                RepUserId = userId,
                TeamId = hasTeam ? input.Id("teamId", "Team") : null,
                SubjectKey = key,
                Year = period.Year,
                PeriodKind = period.Kind,
                PeriodNumber = period.Number,
            };
            db.Targets.Add(target);
        }
        else
        {
            db.ExpectVersion(target, input.Value<long>("version"));
            db.Touch(target);
        }

        target.Amount = decimal.Round(amount!.Value, 2, MidpointRounding.AwayFromZero);
        target.BaseCurrency = rates is not null ? await rates.BaseCurrencyAsync(ct) : target.BaseCurrency;
        target.SetBy = user.UserIdOrThrow;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DataErrors.IsConcurrencyClash(ex))
        {
            throw AppException.Conflict("SalesTarget");
        }

        return target;
    }

    public async Task<SalesTarget> RemoveAsync(InputReader input, CancellationToken ct)
    {
        var id = input.Id("id", "SalesTarget");
        await using var db = contexts.Create();
        var target = await db.Targets.AsTracking().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw AppException.NotFound("SalesTarget", input.String("id")!);
        try
        {
            await AuthorizeAsync(db, target.RepUserId, target.TeamId, input.String("id"), ct);
        }
        catch (AppException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            throw AppException.NotFound("SalesTarget", input.String("id")!); // the target of a rep outside the scope does not exist for this user
        }

        db.ExpectVersion(target, input.Value<long>("version"));
        db.Targets.Remove(target);
        await db.SaveChangesAsync(ct);
        return target;
    }

    /// <summary>The subject key when the current user may set the rep's or team's target; NOT_FOUND or FORBIDDEN otherwise.</summary>
    private async Task<string> AuthorizeAsync(TeamDbContext db, string? userId, Guid? teamId, string? shownId, CancellationToken ct)
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
                throw new AppException(ErrorCodes.Forbidden, "Only a manager whose scope covers every member of the team, or an admin, may set or remove the team's target.");
            }
        }

        return SalesTarget.TeamKey(id);
    }
}
