using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Features.GetDashboard;

/// <summary>
/// <c>dashboard</c>: the caller's numbers through their record scope (a rep's own, a manager's team, the admin's tenant):
/// this calendar month against the last, the open pipeline and the top reps of the month. Everything from the read model, in SQL.
/// </summary>
internal static class GetDashboardField
{
    public const int TopRepCount = 5;

    public static void Register(ISchemaSlice slice)
    {
        var measures = new GraphQLTypeReference("SalesMeasures");
        var month = new ObjectGraphType { Name = "DashboardMonth", Description = "One calendar month of the tenant (the current one up to today)." };
        month.AddField(Fields.Read("from", new NonNullGraphType(new DateOnlyGraphType()), s => ((GetDashboardMonth)s).From));
        month.AddField(Fields.Read("to", new NonNullGraphType(new DateOnlyGraphType()), s => ((GetDashboardMonth)s).To));
        month.AddField(Fields.Read("measures", new NonNullGraphType(measures), s => ((GetDashboardMonth)s).Measures));
        var rep = new ObjectGraphType { Name = "DashboardRep" };
        rep.AddField(Fields.Read("repId", new NonNullGraphType(new StringGraphType()), s => ((GetDashboardRep)s).RepId));
        rep.AddField(Fields.Read("name", new StringGraphType(), s => ((GetDashboardRep)s).Name));
        rep.AddField(Fields.Read("measures", new NonNullGraphType(measures), s => ((GetDashboardRep)s).Measures));
        var dashboard = new ObjectGraphType { Name = "Dashboard" };
        dashboard.AddField(Fields.Read("scope", new NonNullGraphType(new StringGraphType()), s => ((GetDashboardResult)s).Scope,
            "Whose records the numbers cover: OWN, TEAM or TENANT."));
        dashboard.AddField(Fields.Read("baseCurrency", new NonNullGraphType(new StringGraphType()), s => ((GetDashboardResult)s).BaseCurrency));
        dashboard
            .AddField(Fields.Read("today", new NonNullGraphType(new DateOnlyGraphType()), s => ((GetDashboardResult)s).Today, "In the tenant's time zone."));
        dashboard.AddField(Fields.Read("thisMonth", new NonNullGraphType(month), s => ((GetDashboardResult)s).ThisMonth));
        dashboard.AddField(Fields.Read("lastMonth", new NonNullGraphType(month), s => ((GetDashboardResult)s).LastMonth));
        dashboard.AddField(Fields.Read("revenueChange", new DecimalGraphType(), s => ((GetDashboardResult)s).RevenueChange,
            "(this − last) / last, four decimals; null when last month had none.")
            .DerivedFrom(SalesReport.MeasureSources["revenue"]));
        dashboard.AddField(Fields.Read("openOpportunities", new NonNullGraphType(new IntGraphType()), s => ((GetDashboardResult)s).OpenOpportunities));
        dashboard.AddField(Fields.Read("pipelineAmount", new DecimalGraphType(), s => ((GetDashboardResult)s).PipelineAmount,
            "All open opportunities, whatever their dates.")
            .DerivedFrom(SalesReport.MeasureSources["pipelineAmount"]));
        dashboard.AddField(Fields.Read("weightedPipeline", new DecimalGraphType(), s => ((GetDashboardResult)s).WeightedPipeline,
            "Their amount × probability / 100.")
            .DerivedFrom(SalesReport.MeasureSources["weightedPipeline"]));
        dashboard.AddField(Fields.Read("topReps", new NonNullGraphType(new ListGraphType(new NonNullGraphType(rep))), s => ((GetDashboardResult)s).TopReps,
            $"Up to {TopRepCount} reps of this month by revenue, then won amount (by orders and opportunities won when your role is denied those amounts)."));
        slice.AddQueryField(Fields.Create("dashboard", new NonNullGraphType(dashboard), RunAsync,
            "Your numbers (a rep's own, a manager's team, the whole tenant for an admin)."));
    }

    private static async Task<object?> RunAsync(IResolveFieldContext ctx)
    {
        var services = ctx.RequestServices!;
        var ct = ctx.CancellationToken;
        var today = services.GetRequiredService<ITenantContext>().Tenant.LocalDay(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var lastMonth = thisMonth.AddMonths(-1);
        await using var db = services.GetRequiredService<ModuleDbContextFactory<ReportingDbContext>>().Create();
        // Grouped by rep without a product filter, every fact falls in exactly one row: the rows add up to the month's totals.
        var byRep = await SalesReport.RowsAsync(db, thisMonth, today, ReportFilter.None, [SalesDimension.Rep], withPipeline: true, ct);
        var current = byRep.Aggregate(SalesMeasures.None, (sum, r) => sum + r.Measures);
        var before = await SalesReport.TotalsAsync(db, lastMonth, thisMonth.AddDays(-1), ReportFilter.None, withPipeline: true, ct);
        var open = await db.Opportunities.Where(o => o.Status == "OPEN").GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Amount = g.Sum(o => o.AmountInBaseScaled), Weighted = g.Sum(o => o.WeightedScaled) }).FirstOrDefaultAsync(ct);
        // A ranking by a figure the grant denies would reveal it: then the top reps are by the counts instead.
        var (byRevenue, byWon) = (SalesReport.Readable(services, "revenue"), SalesReport.Readable(services, "wonAmount"));
        var reps = byRep
            .OrderByDescending(r => byRevenue ? r.Measures.Revenue : 0m).ThenByDescending(r => byWon ? r.Measures.WonAmount : 0m)
            .ThenByDescending(r => byRevenue && byWon ? 0 : r.Measures.Orders).ThenByDescending(r => byRevenue && byWon ? 0 : r.Measures.OpportunitiesWon)
            .ThenBy(r => r.Key.Rep, StringComparer.Ordinal).Take(TopRepCount).ToList();
        var scope = AccessGrant.Of(ctx)?.Scope ?? RecordScope.Tenant;
        return new GetDashboardResult(scope.ToString().ToUpperInvariant(), await services.GetRequiredService<IExchangeRates>().BaseCurrencyAsync(ct), today,
            new GetDashboardMonth(thisMonth, today, current), new GetDashboardMonth(lastMonth, thisMonth.AddDays(-1), before),
            open?.Count ?? 0, Scaled.To(open?.Amount ?? 0), Scaled.To(open?.Weighted ?? 0),
            reps.Select(r => new GetDashboardRep(r.Key.Rep!, r.RepName, r.Measures)).ToList());
    }
}
