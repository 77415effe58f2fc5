using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Team.Integration;

/// <summary>
/// Reps' targets at risk in the current month or quarter: past half of the period, with paid revenue so far (the appraisal's
/// attainment, from <see cref="IOrderFigures"/>) below the share of the period gone. A reminder for the rep.
/// </summary>
internal sealed class TargetRisk(ModuleDbContextFactory<TeamDbContext> contexts, ITenantContext tenant, IOrderFigures? figures = null) : IReminderSource
{
    public async Task<IReadOnlyList<ReminderCondition>> ConditionsAsync(ReminderQuery query, CancellationToken cancellationToken)
    {
        var now = query.Now.ToUniversalTime();
        var today = tenant.Tenant.LocalDay(now);
        var month = new SalesPeriod(today.Year, PeriodKind.Month, today.Month);
        var quarter = new SalesPeriod(today.Year, PeriodKind.Quarter, ((today.Month - 1) / 3) + 1);
        await using var db = contexts.CreateForSystem();
        var active = db.Reps.Where(r => r.DeactivatedAt == null).Select(r => r.OwnerId);
        var targets = await db.Targets
            .Where(t => t.RepUserId != null && active.Contains(t.RepUserId) && t.Year == today.Year && t.Amount > 0
                && ((t.PeriodKind == PeriodKind.Month && t.PeriodNumber == month.Number)
                    || (t.PeriodKind == PeriodKind.Quarter && t.PeriodNumber == quarter.Number)))
            .ToListAsync(cancellationToken);
        var result = new List<ReminderCondition>();
        foreach (var group in targets.GroupBy(t => t.PeriodKind))
        {
            var period = group.Key == PeriodKind.Month ? month : quarter;
            var (start, end) = (period.Start(tenant.Tenant), period.End(tenant.Tenant));
            var length = end - start;
            var elapsed = (decimal)((now - start) / length);
            if (elapsed < 0.5m)
            {
                continue;
            }

            var reps = group.Select(t => t.RepUserId!).ToList();
            var paid = (figures is null ? [] : await figures.PaidAsync(reps, start, now, cancellationToken)).ToDictionary(p => p.OwnerId,
                p => p.PaidRevenueInBase, StringComparer.Ordinal);
            foreach (var target in group)
            {
                var revenue = paid.GetValueOrDefault(target.RepUserId!);
                var attainment = revenue / target.Amount;
                if (attainment < elapsed)
                {
                    result.Add(new ReminderCondition(ReminderKinds.Target, target.Id, "SalesTarget", target.RepUserId!,
                        $"Target {period.Key} at risk: {revenue:0.##} of {target.Amount:0.##} {target.BaseCurrency} paid, past half of the period",
                        start + (length / 2)));
                }
            }
        }

        return result;
    }
}
