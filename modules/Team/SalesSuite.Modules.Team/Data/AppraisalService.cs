using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Team.Data;

internal sealed record RepAppraisal(
    SalesRep Rep, decimal? Target, int Won, int Lost, decimal WonInBase, int WonUnconverted, int PaidOrders, decimal PaidRevenueInBase, decimal? Attainment,
    int CallsLogged, int FollowUpsDue, int FollowUpsOnTime, decimal? FollowUpRate, decimal? WinRate, decimal Score, int Rank);

internal sealed record TeamTotals(decimal? Target, decimal RepTargets, decimal WonInBase, decimal PaidRevenueInBase, decimal? Attainment);

internal sealed record TeamAppraisal(SalesPeriod Period, string BaseCurrency, SalesTeam Team, int Members, IReadOnlyList<RepAppraisal> Reps,
    TeamTotals? Totals);

/// <summary>
/// Performance appraisal of a team for a period. Figures come from the other modules' Contracts (aggregated in SQL per owner
/// for the team's members); this module decides what the viewer sees.
/// <list type="bullet">
/// <item>Attainment = paid revenue (orders that became fully paid in the period, in the base currency) / the rep's target for
/// exactly that period; null without a positive target. Won opportunity amounts are shown alongside, not counted.</item>
/// <item>Score (0-100) = 100 × Σ(weight × value) / Σ(weight) over the KPIs that are defined for the rep: attainment capped at 100%
/// (weight 50), win rate = won / (won + lost) closed in the period (20), follow-ups done by their due time / follow-ups due in the
/// period, customer and opportunity follow-ups together (15), calls logged / the most calls any member logged (15). A KPI is
/// undefined without a target, without a closed opportunity, without a follow-up due, or when no member logged a call; with none
/// defined the score is 0. Rounded to two decimals.</item>
/// <item>Rank among all active members of the team by score, 1 = best; equal scores share a rank and the next rank is skipped (1, 1, 3).</item>
/// <item>Visibility: a line per member the viewer's record scope covers (a rep sees their own line and rank, a manager their subtree,
/// an admin everyone); the team totals only when the scope covers every member; a team without a member in scope is NOT_FOUND.</item>
/// </list>
/// The period runs in the tenant's time zone (TenantInfo.TimeZone) and is counted up to now for a current period.
/// </summary>
internal sealed class AppraisalService(ModuleDbContextFactory<TeamDbContext> contexts, ICurrentUser user, ICurrentAccess access, ITenantContext tenant,
    TimeProvider clock,
    IExchangeRates? rates = null,
    IOpportunityFigures? opportunityFigures = null,
    IOrderFigures? orderFigures = null,
    ICustomerActivityFigures? activityFigures = null)
{
    public const decimal AttainmentWeight = 50m;
    public const decimal WinRateWeight = 20m;
    public const decimal FollowUpWeight = 15m;
    public const decimal CallsWeight = 15m;

    public async Task<TeamAppraisal> AppraiseAsync(SalesPeriod period, Guid? teamId, string? shownTeamId, CancellationToken ct)
    {
        var grant = access.Grant ?? throw new AppException(ErrorCodes.Forbidden, "No access grant.");
        await using var system = contexts.CreateForSystem();
        await using var db = contexts.Create();
        var userId = user.UserIdOrThrow;
        var id = teamId ?? await system.Reps.Where(r => r.OwnerId == userId).Select(r => r.TeamId).FirstOrDefaultAsync(ct)
            ?? throw new AppException(ErrorCodes.Validation, "teamId is required: you are not a member of a team.",
                [new FieldError("teamId", "is required: you are not a member of a team.")]);
        var team = await system.Teams.FirstOrDefaultAsync(t => t.Id == id, ct);
        var members = await system.Reps.Where(r => r.TeamId == id && r.DeactivatedAt == null).ToListAsync(ct);
        var visible = (await db.Reps.Where(r => r.TeamId == id && r.DeactivatedAt == null).Select(r => r.OwnerId).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        if (team is null || (visible.Count == 0 && !grant.AllOwners))
        {
            throw AppException.NotFound("Team", shownTeamId ?? id.ToString());
        }

        var ids = members.Select(m => m.OwnerId).ToList();
        var targets = await system.Targets
            .Where(t => t.Year == period.Year && t.PeriodKind == period.Kind && t.PeriodNumber == period.Number
                && ((t.RepUserId != null && ids.Contains(t.RepUserId)) || t.TeamId == id))
            .ToListAsync(ct);
        // A current period counts up to and including this moment (the end is exclusive; a millisecond outlasts every stored precision).
        var now = clock.GetUtcNow().AddMilliseconds(1);
        var (start, end) = (period.Start(tenant.Tenant), period.End(tenant.Tenant));
        var to = end < now ? end : now;
        var figures = to > start ? await FiguresAsync(ids, start, to, ct) : new Figures([], [], []);
        var maxCalls = figures.Activity.Count == 0 ? 0 : figures.Activity.Max(a => a.CallsLogged);
        var lines = members.Select(rep => Line(rep, targets.FirstOrDefault(t => t.RepUserId == rep.OwnerId)?.Amount, figures, maxCalls)).ToList();
        var ranked = lines
            .Select(l => l with { Rank = 1 + lines.Count(o => o.Score > l.Score) })
            .OrderBy(l => l.Rank).ThenBy(l => l.Rep.Name, StringComparer.Ordinal).ThenBy(l => l.Rep.OwnerId, StringComparer.Ordinal)
            .ToList();
        var seesAll = grant.AllOwners || ids.All(visible.Contains);
        TeamTotals? totals = null;
        if (seesAll)
        {
            var teamTarget = targets.FirstOrDefault(t => t.TeamId == id)?.Amount;
            var paid = ranked.Sum(l => l.PaidRevenueInBase);
            totals = new TeamTotals(teamTarget, ranked.Sum(l => l.Target ?? 0m), ranked.Sum(l => l.WonInBase), paid, Ratio(paid, teamTarget));
        }

        var baseCurrency = rates is not null ? await rates.BaseCurrencyAsync(ct) : "USD";
        return new TeamAppraisal(period, baseCurrency, team, members.Count, ranked.Where(l => grant.AllOwners || visible.Contains(l.Rep.OwnerId)).ToList(),
            totals);
    }

    private sealed record Figures(IReadOnlyList<OwnerOpportunityFigures> Opportunities, IReadOnlyList<OwnerOrderFigures> Orders,
        IReadOnlyList<UserActivityFigures> Activity);

    /// <summary>The other modules' figures for the members, whatever the viewer may see (visibility is decided above).</summary>
    private async Task<Figures> FiguresAsync(IReadOnlyCollection<string> ids, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        new(
            opportunityFigures is not null ? await opportunityFigures.ForOwnersAsync(ids, from, to, ct) : [],
            orderFigures is not null ? await orderFigures.PaidAsync(ids, from, to, ct) : [],
            activityFigures is not null ? await activityFigures.ForUsersAsync(ids, from, to, ct) : []);

    private static RepAppraisal Line(SalesRep rep, decimal? target, Figures figures, int maxCalls)
    {
        var opportunities = figures.Opportunities.FirstOrDefault(f => f.OwnerId == rep.OwnerId) ?? new OwnerOpportunityFigures(rep.OwnerId, 0, 0, 0m, 0, 0, 0);
        var orders = figures.Orders.FirstOrDefault(f => f.OwnerId == rep.OwnerId) ?? new OwnerOrderFigures(rep.OwnerId, 0, 0m);
        var activity = figures.Activity.FirstOrDefault(f => f.UserId == rep.OwnerId) ?? new UserActivityFigures(rep.OwnerId, 0, 0, 0);
        var attainment = Ratio(orders.PaidRevenueInBase, target);
        var winRate = Ratio(opportunities.Won, opportunities.Won + opportunities.Lost);
        var due = activity.FollowUpsDue + opportunities.FollowUpsDue;
        var onTime = activity.FollowUpsOnTime + opportunities.FollowUpsOnTime;
        var followUpRate = Ratio(onTime, due);
        var score = Score(attainment, winRate, followUpRate, maxCalls == 0 ? null : (decimal)activity.CallsLogged / maxCalls);
        return new RepAppraisal(rep, target, opportunities.Won, opportunities.Lost, opportunities.WonInBase, opportunities.WonUnconverted, orders.PaidOrders,
            orders.PaidRevenueInBase,
            attainment, activity.CallsLogged, due, onTime, followUpRate, winRate, score, 0);
    }

    /// <summary>The documented formula: the weighted mean of the defined KPIs, attainment capped at 1, scaled to 0-100.</summary>
    public static decimal Score(decimal? attainment, decimal? winRate, decimal? followUpRate, decimal? callsShare)
    {
        (decimal? Value, decimal Weight)[] parts =
            [(attainment is { } a ? Math.Min(a, 1m) : null, AttainmentWeight), (winRate, WinRateWeight), (followUpRate, FollowUpWeight),
                (callsShare, CallsWeight)];
        var defined = parts.Where(p => p.Value is not null).ToList();
        var weights = defined.Sum(p => p.Weight);
        // Adding 0.00m gives every score the same two decimals (20.00 and 50.00, not 20.0 next to 50).
        return (weights == 0 ? 0m : decimal.Round(100m * defined.Sum(p => p.Value!.Value * p.Weight) / weights, 2, MidpointRounding.AwayFromZero)) + 0.00m;
    }

    /// <summary>part / whole to four decimals; null when whole is missing or not positive.</summary>
    private static decimal? Ratio(decimal part, decimal? whole) =>
        whole is > 0m ? decimal.Round(part / whole.Value, 4, MidpointRounding.AwayFromZero) : null;
}
