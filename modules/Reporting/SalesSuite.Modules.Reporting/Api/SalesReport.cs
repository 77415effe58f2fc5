using System.Linq.Expressions;
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

namespace SalesSuite.Modules.Reporting.Api;

internal enum SalesDimension
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Rep,
    Product,
    Customer,
}

/// <summary>The grouping key of a report row; members not grouped by stay null.</summary>
internal sealed class SalesKey
{
    public DateOnly? Period { get; set; }

    public string? Rep { get; set; }

    public string? Product { get; set; }

    public Guid? Customer { get; set; }
}

internal sealed class SalesFigures<TKey>
{
    public required TKey Key { get; init; }

    public long Revenue { get; set; }

    public int Orders { get; set; }

    public int Lines { get; set; }

    public long Quantity { get; set; }
}

internal sealed record SalesMeasures(decimal Revenue, int Orders, int OrderLines, decimal Quantity)
{
    public static readonly SalesMeasures None = new(0m, 0, 0, 0m);

    public static SalesMeasures Of<TKey>(SalesFigures<TKey>? figures) => figures is null ? None
        : new(Scaled.To(figures.Revenue), figures.Orders, figures.Lines, Scaled.To(figures.Quantity));
}

internal sealed record SalesRow(SalesKey Key, string? ProductName, SalesMeasures Measures);

internal sealed record SalesComparison(DateOnly From, DateOnly To, SalesMeasures Totals, decimal? RevenueChange);

/// <summary>What a sales report is asked for; <see cref="SalesReport.ComputeAsync"/> answers it.</summary>
internal sealed record SalesQuery(DateOnly From, DateOnly To, List<SalesDimension> GroupBy, List<string>? RepIds = null, List<string>? ProductKeys = null,
    List<Guid>? CustomerIds = null, bool CompareToPrevious = false);

internal sealed record SalesReportResult(string BaseCurrency, DateOnly From, DateOnly To, IReadOnlyList<SalesDimension> GroupBy, SalesMeasures Totals,
    SalesComparison? Previous, IReadOnlyList<SalesRow> Rows);

/// <summary>
/// <c>salesReport</c> (REP1, REP2): revenue, orders, order lines and quantity of confirmed orders in the base currency,
/// grouped by a period of the tenant's calendar and by rep, product or customer, with filters and the previous period
/// of the same length for comparison. Aggregated in SQL over the reporting read model, within the caller's record scope.
/// </summary>
internal static class SalesReport
{
    public const int MaxRows = 10_000;

    private static readonly SalesDimension[] Periods = [SalesDimension.Day, SalesDimension.Week, SalesDimension.Month, SalesDimension.Quarter, SalesDimension.Year];

    public static void Build(ISchemaSlice slice)
    {
        var dimension = new EnumerationGraphType<SalesDimension> { Name = "SalesDimension", Description = "What a sales report groups by: one period of the tenant's calendar (weeks start on Monday) and/or rep, product, customer." };
        slice.AddType(dimension);
        var measures = new ObjectGraphType { Name = "SalesMeasures", Description = "Figures of confirmed orders (cancelled ones excluded), amounts in the base currency at each order's own rate." };
        measures.AddField(Fields.Read("revenue", new NonNullGraphType(new DecimalGraphType()), s => ((SalesMeasures)s).Revenue, "Net of the order lines."));
        measures.AddField(Fields.Read("orders", new NonNullGraphType(new IntGraphType()), s => ((SalesMeasures)s).Orders));
        measures.AddField(Fields.Read("orderLines", new NonNullGraphType(new IntGraphType()), s => ((SalesMeasures)s).OrderLines));
        measures.AddField(Fields.Read("quantity", new NonNullGraphType(new DecimalGraphType()), s => ((SalesMeasures)s).Quantity));
        var row = new ObjectGraphType { Name = "SalesReportRow", Description = "One group; the fields of dimensions not grouped by are null." };
        row.AddField(Fields.Read("period", new DateOnlyGraphType(), s => ((SalesRow)s).Key.Period, "First day of the period."));
        row.AddField(Fields.Read("repId", new StringGraphType(), s => ((SalesRow)s).Key.Rep, "User id of the rep who owns the orders."));
        row.AddField(Fields.Read("productKey", new StringGraphType(), s => ((SalesRow)s).Key.Product, "SKU, or a custom item's description."));
        row.AddField(Fields.Read("productName", new StringGraphType(), s => ((SalesRow)s).ProductName));
        row.AddField(Fields.Read("customerId", new IdGraphType(), s => ((SalesRow)s).Key.Customer is { } id ? GlobalId.Encode("Customer", id) : null));
        row.AddField(Fields.Read("measures", new NonNullGraphType(measures), s => ((SalesRow)s).Measures));
        var comparison = new ObjectGraphType { Name = "SalesComparison", Description = "The period of the same length just before." };
        comparison.AddField(Fields.Read("from", new NonNullGraphType(new DateOnlyGraphType()), s => ((SalesComparison)s).From));
        comparison.AddField(Fields.Read("to", new NonNullGraphType(new DateOnlyGraphType()), s => ((SalesComparison)s).To));
        comparison.AddField(Fields.Read("totals", new NonNullGraphType(measures), s => ((SalesComparison)s).Totals));
        comparison.AddField(Fields.Read("revenueChange", new DecimalGraphType(), s => ((SalesComparison)s).RevenueChange, "(revenue − previous) / previous, four decimals; null when the previous period had none."));
        var report = new ObjectGraphType { Name = "SalesReport" };
        report.AddField(Fields.Read("baseCurrency", new NonNullGraphType(new StringGraphType()), s => ((SalesReportResult)s).BaseCurrency));
        report.AddField(Fields.Read("from", new NonNullGraphType(new DateOnlyGraphType()), s => ((SalesReportResult)s).From));
        report.AddField(Fields.Read("to", new NonNullGraphType(new DateOnlyGraphType()), s => ((SalesReportResult)s).To));
        report.AddField(Fields.Read("groupBy", new NonNullGraphType(new ListGraphType(new NonNullGraphType(dimension))), s => ((SalesReportResult)s).GroupBy));
        report.AddField(Fields.Read("totals", new NonNullGraphType(measures), s => ((SalesReportResult)s).Totals));
        report.AddField(Fields.Read("previous", comparison, s => ((SalesReportResult)s).Previous, "Only when compareToPrevious is true."));
        report.AddField(Fields.Read("rows", new NonNullGraphType(new ListGraphType(new NonNullGraphType(row))), s => ((SalesReportResult)s).Rows,
            "Periods oldest first, then the largest revenue first."));

        var arguments = DateRange.Arguments();
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(dimension))) { Name = "groupBy", Description = "Up to three dimensions, at most one of them a period." });
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(new StringGraphType()))) { Name = "repIds", Description = "Only these reps' orders." });
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(new StringGraphType()))) { Name = "productKeys", Description = "Only these products (SKU or description)." });
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(new IdGraphType()))) { Name = "customerIds", Description = "Only these customers." });
        arguments.Add(new QueryArgument(new BooleanGraphType()) { Name = "compareToPrevious", DefaultValue = false });
        slice.AddQueryField(Fields.Create("salesReport", new NonNullGraphType(report), RunAsync,
            "Sales of a period (inclusive days of the tenant's calendar) within your scope, grouped and filtered, in the base currency.", arguments));
    }

    private static async Task<object?> RunAsync(IResolveFieldContext ctx)
    {
        var (from, to) = DateRange.Read(ctx);
        var groupBy = CheckGroupBy((ctx.GetArgument<List<SalesDimension>?>("groupBy") ?? []).Distinct().ToList(), "groupBy");
        var customerIds = ctx.GetArgument<List<string>?>("customerIds")?.Select(id => GlobalId.Decode(id, "Customer", "customerIds")).ToList();
        return await ComputeAsync(ctx.RequestServices!, new SalesQuery(from, to, groupBy, ctx.GetArgument<List<string>?>("repIds"),
            ctx.GetArgument<List<string>?>("productKeys"), customerIds, ctx.GetArgument<bool>("compareToPrevious")), ctx.CancellationToken);
    }

    /// <summary>VALIDATION unless up to three dimensions, at most one of them a period.</summary>
    public static List<SalesDimension> CheckGroupBy(List<SalesDimension> groupBy, string field)
    {
        if (groupBy.Count > 3 || groupBy.Count(Periods.Contains) > 1)
        {
            throw InputReader.Invalid(field, "takes up to three dimensions, at most one of them a period.");
        }

        return groupBy;
    }

    /// <summary>The report within the current scope's grant: what <c>salesReport</c> answers and report templates render.</summary>
    public static async Task<SalesReportResult> ComputeAsync(IServiceProvider services, SalesQuery query, CancellationToken cancellationToken)
    {
        var (from, to, groupBy, repIds, productKeys, customerIds, compareToPrevious) = query;
        if (customerIds is { Count: > 0 } && services.GetService<ICustomerDirectory>() is { } directory)
        {
            var visible = await directory.VisibleAsync(customerIds, cancellationToken);
            if (customerIds.FirstOrDefault(id => !visible.Contains(id)) is var unknown && unknown != Guid.Empty)
            {
                throw AppException.NotFound("Customer", GlobalId.Encode("Customer", unknown));
            }
        }

        await using var db = services.GetRequiredService<ModuleDbContextFactory<ReportingDbContext>>().Create();

        IQueryable<SalesLine> Lines(DateOnly first, DateOnly last)
        {
            var lines = db.SalesLines.Where(l => l.Day >= first && l.Day <= last);
            if (repIds is { Count: > 0 })
            {
                lines = lines.Where(l => repIds.Contains(l.OwnerId));
            }

            if (productKeys is { Count: > 0 })
            {
                lines = lines.Where(l => productKeys.Contains(l.ProductKey));
            }

            if (customerIds is { Count: > 0 })
            {
                lines = lines.Where(l => customerIds.Contains(l.CustomerId));
            }

            return lines;
        }

        // An order's lines share its day, rep and customer: unless products split them, orders are counted by a sum
        // of the first-line flag, and the rows add up to the totals; otherwise orders are counted distinct.
        var byOrder = !groupBy.Contains(SalesDimension.Product) && productKeys is not { Count: > 0 };
        var groups = groupBy.Count == 0 ? [] : await Aggregate(Lines(from, to).GroupBy(KeyOf(groupBy)), byOrder).Take(MaxRows + 1).ToListAsync(cancellationToken);
        if (groups.Count > MaxRows)
        {
            throw new AppException(ErrorCodes.LimitExceeded, $"The report has more than {MaxRows} rows: filter it or group by fewer or coarser dimensions.");
        }

        var totals = byOrder && groupBy.Count > 0
            ? new SalesMeasures(groups.Sum(g => Scaled.To(g.Revenue)), groups.Sum(g => g.Orders), groups.Sum(g => g.Lines), groups.Sum(g => Scaled.To(g.Quantity)))
            : SalesMeasures.Of(await Aggregate(Lines(from, to).GroupBy(_ => 1), byOrder).FirstOrDefaultAsync(cancellationToken));
        SalesComparison? previous = null;
        if (compareToPrevious)
        {
            var days = to.DayNumber - from.DayNumber + 1;
            var (previousFrom, previousTo) = (from.AddDays(-days), from.AddDays(-1));
            var before = SalesMeasures.Of(await Aggregate(Lines(previousFrom, previousTo).GroupBy(_ => 1), byOrder).FirstOrDefaultAsync(cancellationToken));
            previous = new SalesComparison(previousFrom, previousTo, before,
                before.Revenue == 0m ? null : decimal.Round((totals.Revenue - before.Revenue) / before.Revenue, 4, MidpointRounding.AwayFromZero));
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (groupBy.Contains(SalesDimension.Product))
        {
            var keys = groups.Select(g => g.Key.Product!).Distinct().ToList();
            names = await db.SalesLines.Where(l => keys.Contains(l.ProductKey)).GroupBy(l => l.ProductKey)
                .Select(g => new { g.Key, Name = g.Max(l => l.ProductName) }).ToDictionaryAsync(g => g.Key, g => g.Name!, StringComparer.Ordinal, cancellationToken);
        }

        var rows = groups
            .Select(g => new SalesRow(g.Key, g.Key.Product is { } key ? names.GetValueOrDefault(key) : null, SalesMeasures.Of(g)))
            .OrderBy(r => r.Key.Period).ThenByDescending(r => r.Measures.Revenue)
            .ThenBy(r => r.Key.Rep, StringComparer.Ordinal).ThenBy(r => r.Key.Product, StringComparer.Ordinal).ThenBy(r => r.Key.Customer)
            .ToList();
        var baseCurrency = await services.GetRequiredService<IExchangeRates>().BaseCurrencyAsync(cancellationToken);
        return new SalesReportResult(baseCurrency, from, to, groupBy, totals, previous, rows);
    }

    private static IQueryable<SalesFigures<TKey>> Aggregate<TKey>(IQueryable<IGrouping<TKey, SalesLine>> groups, bool byOrder) => byOrder
        ? groups.Select(g => new SalesFigures<TKey>
        {
            Key = g.Key,
            Revenue = g.Sum(l => l.NetInBaseScaled),
            Orders = g.Sum(l => l.OrderCount),
            Lines = g.Count(),
            Quantity = g.Sum(l => l.QuantityScaled),
        })
        : groups.Select(g => new SalesFigures<TKey>
        {
            Key = g.Key,
            Revenue = g.Sum(l => l.NetInBaseScaled),
            Orders = g.Select(l => l.OrderId).Distinct().Count(),
            Lines = g.Count(),
            Quantity = g.Sum(l => l.QuantityScaled),
        });

    /// <summary><c>l => new SalesKey { Period = l.Month, Rep = l.OwnerId, ... }</c> with only the chosen members: a plain GROUP BY on those columns.</summary>
    private static Expression<Func<SalesLine, SalesKey>> KeyOf(IReadOnlyList<SalesDimension> dimensions)
    {
        var line = Expression.Parameter(typeof(SalesLine), "l");
        var bindings = new List<MemberBinding>();
        foreach (var dimension in dimensions)
        {
            var (member, column) = dimension switch
            {
                SalesDimension.Day => (nameof(SalesKey.Period), nameof(SalesLine.Day)),
                SalesDimension.Week => (nameof(SalesKey.Period), nameof(SalesLine.Week)),
                SalesDimension.Month => (nameof(SalesKey.Period), nameof(SalesLine.Month)),
                SalesDimension.Quarter => (nameof(SalesKey.Period), nameof(SalesLine.Quarter)),
                SalesDimension.Year => (nameof(SalesKey.Period), nameof(SalesLine.Year)),
                SalesDimension.Rep => (nameof(SalesKey.Rep), nameof(SalesLine.OwnerId)),
                SalesDimension.Product => (nameof(SalesKey.Product), nameof(SalesLine.ProductKey)),
                _ => (nameof(SalesKey.Customer), nameof(SalesLine.CustomerId)),
            };
            var target = typeof(SalesKey).GetProperty(member)!;
            bindings.Add(Expression.Bind(target, Expression.Convert(Expression.Property(line, column), target.PropertyType)));
        }

        return Expression.Lambda<Func<SalesLine, SalesKey>>(Expression.MemberInit(Expression.New(typeof(SalesKey)), bindings), line);
    }
}
