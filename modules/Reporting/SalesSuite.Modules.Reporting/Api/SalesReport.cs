using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Api;

/// <summary>
/// <c>salesReport</c>: revenue, orders, order lines and quantity of confirmed orders, and opportunities opened,
/// won and lost, won amount, open pipeline and weighted pipeline, in the base currency, grouped by a period of the tenant's
/// calendar and by rep, team, region, customer level, source, product or customer, with filters and the previous period of the
/// same length for comparison. Aggregated in SQL over the reporting read model, within the caller's record scope.
/// </summary>
internal static class SalesReport
{
    public const int MaxRows = 10_000;

    /// <summary>
    /// The deniable fields each measure of <c>SalesMeasures</c> is derived from, declared once: the GraphQL fields carry it (a role
    /// denied one gets null and FORBIDDEN there) and report documents leave the measure out. Measures not listed are counts or ratios of counts.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> MeasureSources = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["revenue"] = ["Order.total"],
        ["wonAmount"] = ["Opportunity.amount"],
        ["pipelineAmount"] = ["Opportunity.amount"],
        ["weightedPipeline"] = ["Opportunity.amount"],
    };

    /// <summary>The filters every report takes besides the period.</summary>
    public static void AddFilterArguments(QueryArguments arguments)
    {
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(new StringGraphType())))
        {
            Name = "repIds",
            Description = "Only these reps' records."
        });
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(new IdGraphType())))
        {
            Name = "customerIds",
            Description = "Only these customers."
        });
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(new IdGraphType())))
        {
            Name = "teamIds",
            Description = "Only the records of these teams' reps."
        });
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(new StringGraphType())))
        {
            Name = "regions",
            Description = "Only customers of these regions."
        });
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(new StringGraphType())))
        {
            Name = "levels",
            Description = "Only customers of these levels (codes)."
        });
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(new StringGraphType())))
        {
            Name = "sources",
            Description = "Only customers from these sources."
        });
    }

    /// <summary>The filter arguments; a customer one may not see is NOT_FOUND, as any other lookup of it.</summary>
    public static async Task<ReportFilter> ReadFilterAsync(IResolveFieldContext ctx)
    {
        var filter = ReadFilter(ctx);
        await CheckCustomersAsync(ctx.RequestServices!, filter, ctx.CancellationToken);
        return filter;
    }

    /// <summary>The filter arguments as sent (customers not checked: <see cref="ReadFilterAsync"/> does).</summary>
    public static ReportFilter ReadFilter(IResolveFieldContext ctx) => new(
        ctx.GetArgument<List<string>?>("repIds"),
        ctx.HasArgument("productKeys") ? ctx.GetArgument<List<string>?>("productKeys") : null,
        ctx.GetArgument<List<string>?>("customerIds")?.Select(id => GlobalId.Decode(id, "Customer", "customerIds")).ToList(),
        ctx.GetArgument<List<string>?>("teamIds")?.Select(id => (Guid?)GlobalId.Decode(id, "Team", "teamIds")).ToList(),
        ctx.GetArgument<List<string>?>("regions")?.Cast<string?>().ToList(),
        ctx.GetArgument<List<string>?>("levels")?.Cast<string?>().ToList(),
        ctx.GetArgument<List<string>?>("sources")?.Cast<string?>().ToList());

    private static async Task CheckCustomersAsync(IServiceProvider services, ReportFilter filter, CancellationToken ct)
    {
        if (filter.CustomerIds is { Count: > 0 } customerIds && services.GetService<ICustomerDirectory>() is { } directory)
        {
            var visible = await directory.VisibleAsync(customerIds.ToList(), ct);
            if (customerIds.FirstOrDefault(id => !visible.Contains(id)) is var unknown && unknown != Guid.Empty)
            {
                throw AppException.NotFound("Customer", GlobalId.Encode("Customer", unknown));
            }
        }
    }

    /// <summary>VALIDATION unless up to three dimensions, at most one of them a period.</summary>
    public static List<SalesDimension> CheckGroupBy(List<SalesDimension> groupBy, string field)
    {
        if (groupBy.Count > 3 || groupBy.Count(ReportQuery.Periods.Contains) > 1)
        {
            throw InvalidInput.Of(field, "takes up to three dimensions, at most one of them a period.");
        }

        return groupBy;
    }

    /// <summary>The report within the current scope's grant: what <c>salesReport</c> answers and report templates render.</summary>
    public static async Task<SalesReportResult> ComputeAsync(IServiceProvider services, SalesQuery query, CancellationToken ct)
    {
        var (from, to, groupBy, filter, compareToPrevious, withPipeline) = query;
        await CheckCustomersAsync(services, filter, ct);
        await using var db = services.GetRequiredService<ModuleDbContextFactory<ReportingDbContext>>().Create();
        var rows = await RowsAsync(db, from, to, filter, groupBy, withPipeline, ct);
        if (!Readable(services, "revenue") || !Readable(services, "pipelineAmount"))
        {
            rows = Ordered(rows, Readable(services, "revenue"), Readable(services, "pipelineAmount"));
        }
        var totals = groupBy.Count > 0 && PartitionedByRows(filter, groupBy)
            ? rows.Aggregate(SalesMeasures.None, (sum, r) => sum + r.Measures)
            : await TotalsAsync(db, from, to, filter, withPipeline, ct);
        SalesComparison? previous = null;
        if (compareToPrevious)
        {
            var days = to.DayNumber - from.DayNumber + 1;
            var (previousFrom, previousTo) = (from.AddDays(-days), from.AddDays(-1));
            var before = await TotalsAsync(db, previousFrom, previousTo, filter, withPipeline, ct);
            previous = new SalesComparison(previousFrom, previousTo, before, Change(totals.Revenue, before.Revenue));
        }

        var baseCurrency = await services.GetRequiredService<IExchangeRates>().BaseCurrencyAsync(ct);
        return new SalesReportResult(baseCurrency, from, to, groupBy, totals, previous, rows);
    }

    /// <summary>(now − before) / before, four decimals; null when before is zero.</summary>
    public static decimal? Change(decimal now, decimal before) =>
        before == 0m ? null : decimal.Round((now - before) / before, 4, MidpointRounding.AwayFromZero);

    /// <summary>Whether every order line and measure row falls in exactly one group, so that the rows add up to the totals: unless products split
    /// orders.</summary>
    private static bool PartitionedByRows(ReportFilter filter, IReadOnlyList<SalesDimension> groupBy) =>
        !groupBy.Contains(SalesDimension.Product) && !filter.ByProduct;

    /// <summary>The report's rows: order lines and opportunity measures grouped alike in SQL, joined on their key.</summary>
    public static async Task<List<SalesRow>> RowsAsync(ReportingDbContext db, DateOnly from, DateOnly to, ReportFilter filter,
        IReadOnlyList<SalesDimension> groupBy, bool withPipeline,
        CancellationToken ct)
    {
        if (groupBy.Count == 0)
        {
            return [];
        }

        var byOrder = PartitionedByRows(filter, groupBy);
        var sales = await ReportQuery.SalesBy(db, from, to, filter, groupBy).Take(MaxRows + 1).ToListAsync(ct);
        var pipeline = byOrder && withPipeline
            ? await ReportQuery
                .Pipeline(ReportQuery.Facts(db, db.OpportunityMeasures, from, to, filter, groupBy).GroupBy(ReportQuery.KeyOf<OpportunityMeasure>(groupBy)))
                .Take(MaxRows + 1).ToListAsync(ct)
            : [];
        var pipelineByKey = pipeline.ToDictionary(p => p.Key);
        var keys = sales.Select(s => s.Key).Union(pipeline.Select(p => p.Key)).ToList();
        if (keys.Count > MaxRows)
        {
            throw new AppException(ErrorCodes.LimitExceeded, $"The report has more than {MaxRows} rows: filter it or group by fewer or coarser dimensions.");
        }

        // Grouped by product, each row carries its product's name: one name per product for all its rows.
        var names = sales.Where(s => s.Key.Product is not null).GroupBy(s => s.Key.Product!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.ProductName).Max(StringComparer.Ordinal)!, StringComparer.Ordinal);

        var teams = new Dictionary<Guid, string>();
        if (groupBy.Contains(SalesDimension.Team))
        {
            var teamIds = keys.Where(k => k.Team is not null).Select(k => k.Team!.Value).Distinct().ToList();
            teams = await db.Teams.Where(t => teamIds.Contains(t.TeamId)).ToDictionaryAsync(t => t.TeamId, t => t.Name, ct);
        }

        var repNames = new Dictionary<string, string>(StringComparer.Ordinal);
        if (groupBy.Contains(SalesDimension.Rep))
        {
            var userIds = keys.Where(k => k.Rep is not null).Select(k => k.Rep!).Distinct().ToList();
            repNames = await db.Reps.Where(r => userIds.Contains(r.UserId)).ToDictionaryAsync(r => r.UserId, r => r.Name, StringComparer.Ordinal, ct);
        }

        var customerNames = new Dictionary<Guid, string>();
        if (groupBy.Contains(SalesDimension.Customer))
        {
            var customerIds = keys.Where(k => k.Customer is not null).Select(k => k.Customer!.Value).Distinct().ToList();
            customerNames = await db.Customers.Where(c => customerIds.Contains(c.CustomerId)).ToDictionaryAsync(c => c.CustomerId, c => c.Name, ct);
        }

        var salesByKey = sales.ToDictionary(s => s.Key);
        return Ordered(keys
            .Select(k => new SalesRow(k, k.Product is { } product ? names.GetValueOrDefault(product) : null,
                k.Team is { } team ? teams.GetValueOrDefault(team) : null,
                SalesMeasures.Of(salesByKey.GetValueOrDefault(k), pipelineByKey.GetValueOrDefault(k)),
                k.Rep is { } rep ? repNames.GetValueOrDefault(rep) : null, k.Customer is { } customer ? customerNames.GetValueOrDefault(customer) : null)),
            byRevenue: true, byPipeline: true);
    }

    /// <summary>Periods oldest first, then the largest revenue and pipeline first, unless the grant denies them: a ranking by a figure reveals it
    /// too.</summary>
    public static List<SalesRow> Ordered(IEnumerable<SalesRow> rows, bool byRevenue, bool byPipeline) =>
        rows.OrderBy(r => r.Key.Period).ThenByDescending(r => byRevenue ? r.Measures.Revenue : 0m)
            .ThenByDescending(r => byPipeline ? r.Measures.PipelineAmount : 0m)
            .ThenBy(r => r.Key.Rep, StringComparer.Ordinal).ThenBy(r => r.Key.Product, StringComparer.Ordinal).ThenBy(r => r.Key.Customer)
            .ThenBy(r => r.TeamName, StringComparer.Ordinal).ThenBy(r => r.Key.Team).ThenBy(r => r.Key.Region, StringComparer.Ordinal)
            .ThenBy(r => r.Key.Level, StringComparer.Ordinal).ThenBy(r => r.Key.Source, StringComparer.Ordinal)
            .ToList();

    /// <summary>Whether the current scope's grant may read the measure (see <see cref="MeasureSources"/>).</summary>
    public static bool Readable(IServiceProvider services, string measure) =>
        FieldDenial.FirstDenied(services.GetService<ICurrentAccess>()?.Grant, MeasureSources.GetValueOrDefault(measure) ?? []) is null;

    /// <summary>The totals of a period, each measure summed once in SQL (orders counted distinct when products split them).</summary>
    public static async Task<SalesMeasures> TotalsAsync(ReportingDbContext db, DateOnly from, DateOnly to, ReportFilter filter, bool withPipeline,
        CancellationToken ct)
    {
        var sales = await ReportQuery.SalesTotal(db, from, to, filter).FirstOrDefaultAsync(ct);
        var pipeline = filter.ByProduct || !withPipeline ? null
            : await ReportQuery.Pipeline(ReportQuery.Facts(db, db.OpportunityMeasures, from, to, filter, []).GroupBy(_ => 1)).FirstOrDefaultAsync(ct);
        return SalesMeasures.Of(sales, pipeline);
    }
}
