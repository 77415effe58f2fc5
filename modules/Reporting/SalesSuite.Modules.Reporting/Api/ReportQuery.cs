using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;

namespace SalesSuite.Modules.Reporting.Api;

/// <summary>The grouping key of a report row; members not grouped by stay null.</summary>
internal sealed class SalesKey : IEquatable<SalesKey>
{
    public DateOnly? Period { get; set; }

    public string? Rep { get; set; }

    public string? Product { get; set; }

    public Guid? Customer { get; set; }

    public Guid? Team { get; set; }

    public string? Region { get; set; }

    public string? Level { get; set; }

    public string? Source { get; set; }

    public bool Equals(SalesKey? other) => other is not null && (Period, Rep, Product, Customer, Team, Region, Level, Source) ==
        (other.Period, other.Rep, other.Product, other.Customer, other.Team, other.Region, other.Level, other.Source);

    public override bool Equals(object? obj) => Equals(obj as SalesKey);

    public override int GetHashCode() => HashCode.Combine(Period, Rep, Product, Customer, Team, Region, Level, Source);
}

/// <summary>A fact with the customer and rep dimensions it joins to (null when not joined or unknown).</summary>
internal sealed class Joined<TFact>
{
    public TFact F { get; set; } = default!;

    public CustomerDimension? C { get; set; }

    public RepDimension? R { get; set; }
}

internal sealed class SalesFigures<TKey>
{
    public required TKey Key { get; init; }

    public long Revenue { get; set; }

    public int Orders { get; set; }

    public int Lines { get; set; }

    public long Quantity { get; set; }

    /// <summary>The product's name, when grouped by product: the greatest of the names its lines carry (copied when each order was confirmed).</summary>
    public string? ProductName { get; set; }
}

internal sealed class PipelineFigures<TKey>
{
    public required TKey Key { get; init; }

    public int Opened { get; set; }

    public int Won { get; set; }

    public int Lost { get; set; }

    public long WonAmount { get; set; }

    public long Pipeline { get; set; }

    public long Weighted { get; set; }
}

/// <summary>Who and what a report covers beyond the period: empty lists filter nothing.</summary>
internal sealed record ReportFilter(
    IReadOnlyList<string>? RepIds = null,
    IReadOnlyList<string>? ProductKeys = null,
    IReadOnlyList<Guid>? CustomerIds = null,
    IReadOnlyList<Guid?>? TeamIds = null,
    IReadOnlyList<string?>? Regions = null,
    IReadOnlyList<string?>? Levels = null,
    IReadOnlyList<string?>? Sources = null)
{
    public static readonly ReportFilter None = new();

    public bool ByProduct => ProductKeys is { Count: > 0 };

    public bool NeedsCustomers => Regions is { Count: > 0 } || Levels is { Count: > 0 } || Sources is { Count: > 0 };

    public bool NeedsReps => TeamIds is { Count: > 0 };
}

/// <summary>
/// The SQL behind the reports: a fact table (order lines or opportunity measures) filtered by period and <see cref="ReportFilter"/>,
/// left-joined to the customer and rep dimensions only when a grouping or filter needs them, grouped by a key built from the
/// chosen dimensions, summed by the database. Expressions are built by column name, the same for both fact tables.
/// </summary>
internal static class ReportQuery
{
    public static readonly SalesDimension[] Periods = [SalesDimension.Day, SalesDimension.Week, SalesDimension.Month, SalesDimension.Quarter,
        SalesDimension.Year];

    /// <param name="dayColumn">The fact's day the period applies to (a DateOnly or DateOnly? column).</param>
    public static IQueryable<Joined<TFact>> Facts<TFact>(ReportingDbContext db, IQueryable<TFact> facts, DateOnly from, DateOnly to, ReportFilter filter,
        IReadOnlyCollection<SalesDimension> groupBy,
        string dayColumn = nameof(CalendarFact.Day))
        where TFact : class
    {
        var rows = facts.Where(Lambda<TFact, bool>(f =>
        {
            var day = Expression.Property(f, dayColumn);
            Expression Bound(DateOnly value) => day.Type == typeof(DateOnly) ? Boxed(value) : Boxed<DateOnly?>(value);
            return Expression.AndAlso(Expression.GreaterThanOrEqual(day, Bound(from)), Expression.LessThanOrEqual(day, Bound(to)));
        }));
        var customers = filter.NeedsCustomers || groupBy.Any(d => d is SalesDimension.Region or SalesDimension.CustomerLevel or SalesDimension.Source);
        var reps = filter.NeedsReps || groupBy.Contains(SalesDimension.Team);
        IQueryable<Joined<TFact>> joined;
        if (customers)
        {
            var withCustomers = rows.LeftJoin(db.Customers, Lambda<TFact, Guid>(f => Expression.Property(f, "CustomerId")), c => c.CustomerId,
                (f, c) => new Joined<TFact> { F = f, C = c });
            joined = reps
                ? withCustomers.LeftJoin(db.Reps, Lambda<Joined<TFact>, string>(x => Expression.Property(Expression.Property(x, "F"), "OwnerId")),
                    r => r.UserId,
                    (x, r) => new Joined<TFact> { F = x.F, C = x.C, R = r })
                : withCustomers;
        }
        else
        {
            joined = reps
                ? rows.LeftJoin(db.Reps, Lambda<TFact, string>(f => Expression.Property(f, "OwnerId")), r => r.UserId,
                    (f, r) => new Joined<TFact> { F = f, R = r })
                : rows.Select(f => new Joined<TFact> { F = f });
        }

        joined = In(joined, "F.OwnerId", filter.RepIds);
        joined = In(joined, "F.CustomerId", filter.CustomerIds);
        joined = In(joined, "R.TeamId", filter.TeamIds);
        joined = In(joined, "C.Region", filter.Regions);
        joined = In(joined, "C.Level", filter.Levels);
        return In(joined, "C.Source", filter.Sources);
    }

    /// <summary>
    /// The sales figures per group of <paramref name="groupBy"/> (all in one group when it is empty): from the reps' days
    /// (<see cref="SalesDay"/>) when the grouping and the filter need nothing finer than a rep's day, else from the order lines.
    /// </summary>
    public static IQueryable<SalesFigures<SalesKey>> SalesBy(ReportingDbContext db, DateOnly from, DateOnly to, ReportFilter filter,
        IReadOnlyList<SalesDimension> groupBy) =>
        ByRepAndDay(filter, groupBy)
            ? Sales(Facts(db, db.SalesDays, from, to, filter, groupBy).GroupBy(KeyOf<SalesDay>(groupBy)))
            : Sales(Facts(db, Lines(db, filter), from, to, filter, groupBy).GroupBy(KeyOf<SalesLine>(groupBy)), CountingFor(filter, groupBy));

    /// <summary>The sales figures of the whole period, as <see cref="SalesBy"/>'s (orders counted once each when products split them).</summary>
    public static IQueryable<SalesFigures<int>> SalesTotal(ReportingDbContext db, DateOnly from, DateOnly to, ReportFilter filter) =>
        ByRepAndDay(filter, [])
            ? Sales(Facts(db, db.SalesDays, from, to, filter, []).GroupBy(_ => 1))
            : Sales(Facts(db, Lines(db, filter), from, to, filter, []).GroupBy(_ => 1), CountingFor(filter, []));

    /// <summary>Whether the reps' days hold every dimension and filter of the report: periods, reps and their teams.</summary>
    private static bool ByRepAndDay(ReportFilter filter, IReadOnlyCollection<SalesDimension> groupBy) =>
        !filter.ByProduct && !filter.NeedsCustomers && filter.CustomerIds is not { Count: > 0 }
        && groupBy.All(d => Periods.Contains(d) || d is SalesDimension.Rep or SalesDimension.Team);

    /// <summary>The order lines, of the filter's products only when it names some.</summary>
    private static IQueryable<SalesLine> Lines(ReportingDbContext db, ReportFilter filter) =>
        filter.ProductKeys is { Count: > 0 } products ? db.SalesLines.Where(l => products.Contains(l.ProductKey)) : db.SalesLines;

    /// <summary>The reps' days' figures per group.</summary>
    private static IQueryable<SalesFigures<TKey>> Sales<TKey>(IQueryable<IGrouping<TKey, Joined<SalesDay>>> groups) =>
        groups.Select(g => new SalesFigures<TKey>
        {
            Key = g.Key,
            Revenue = g.Sum(x => x.F.NetInBaseScaled),
            Orders = g.Sum(x => x.F.Orders),
            Lines = g.Sum(x => x.F.Lines),
            Quantity = g.Sum(x => x.F.QuantityScaled),
        });

    /// <summary>
    /// Order lines' figures per group, orders counted by <paramref name="orders"/>. (Three whole selectors: EF Core translates
    /// each to one GROUP BY with the aggregates it names, and only the product grouping needs the names.)
    /// </summary>
    private static IQueryable<SalesFigures<TKey>> Sales<TKey>(IQueryable<IGrouping<TKey, Joined<SalesLine>>> groups, OrderCounting orders) => orders switch
    {
        OrderCounting.FirstLines => groups.Select(g => new SalesFigures<TKey>
        {
            Key = g.Key,
            Revenue = g.Sum(x => x.F.NetInBaseScaled),
            Orders = g.Sum(x => x.F.OrderCount),
            Lines = g.Count(),
            Quantity = g.Sum(x => x.F.QuantityScaled),
        }),
        OrderCounting.FirstLinesOfProducts => groups.Select(g => new SalesFigures<TKey>
        {
            Key = g.Key,
            Revenue = g.Sum(x => x.F.NetInBaseScaled),
            Orders = g.Sum(x => x.F.ProductOrderCount),
            Lines = g.Count(),
            Quantity = g.Sum(x => x.F.QuantityScaled),
            ProductName = g.Max(x => x.F.ProductName),
        }),
        _ => groups.Select(g => new SalesFigures<TKey>
        {
            Key = g.Key,
            Revenue = g.Sum(x => x.F.NetInBaseScaled),
            Orders = g.Select(x => x.F.OrderId).Distinct().Count(),
            Lines = g.Count(),
            Quantity = g.Sum(x => x.F.QuantityScaled),
        }),
    };

    /// <summary>
    /// How a group of order lines counts its orders: by the orders' first lines (no products involved), by each product's
    /// first line in an order (grouped by product), or distinct (several products in one group: an order may have two of them).
    /// </summary>
    private static OrderCounting CountingFor(ReportFilter filter, IReadOnlyCollection<SalesDimension> groupBy) =>
        groupBy.Contains(SalesDimension.Product) ? OrderCounting.FirstLinesOfProducts
        : filter.ByProduct ? OrderCounting.Distinct : OrderCounting.FirstLines;

    private enum OrderCounting
    {
        FirstLines,
        FirstLinesOfProducts,
        Distinct,
    }

    public static IQueryable<PipelineFigures<TKey>> Pipeline<TKey>(IQueryable<IGrouping<TKey, Joined<OpportunityMeasure>>> groups) =>
        groups.Select(g => new PipelineFigures<TKey>
        {
            Key = g.Key,
            Opened = g.Sum(x => x.F.Opened),
            Won = g.Sum(x => x.F.Won),
            Lost = g.Sum(x => x.F.Lost),
            WonAmount = g.Sum(x => x.F.WonScaled),
            Pipeline = g.Sum(x => x.F.PipelineScaled),
            Weighted = g.Sum(x => x.F.WeightedScaled),
        });

    /// <summary><c>x => new SalesKey { Period = x.F.Month, Rep = x.F.OwnerId, Team = x.R.TeamId, ... }</c> with only the chosen members: a plain GROUP BY on
    /// those columns.</summary>
    public static Expression<Func<Joined<TFact>, SalesKey>> KeyOf<TFact>(IReadOnlyList<SalesDimension> dimensions) => Lambda<Joined<TFact>, SalesKey>(x =>
    {
        var bindings = new List<MemberBinding>();
        foreach (var dimension in dimensions)
        {
            var (member, path) = dimension switch
            {
                SalesDimension.Day => (nameof(SalesKey.Period), "F.Day"),
                SalesDimension.Week => (nameof(SalesKey.Period), "F.Week"),
                SalesDimension.Month => (nameof(SalesKey.Period), "F.Month"),
                SalesDimension.Quarter => (nameof(SalesKey.Period), "F.Quarter"),
                SalesDimension.Year => (nameof(SalesKey.Period), "F.Year"),
                SalesDimension.Rep => (nameof(SalesKey.Rep), "F.OwnerId"),
                SalesDimension.Product => (nameof(SalesKey.Product), "F.ProductKey"),
                SalesDimension.Customer => (nameof(SalesKey.Customer), "F.CustomerId"),
                SalesDimension.Team => (nameof(SalesKey.Team), "R.TeamId"),
                SalesDimension.Region => (nameof(SalesKey.Region), "C.Region"),
                SalesDimension.CustomerLevel => (nameof(SalesKey.Level), "C.Level"),
                _ => (nameof(SalesKey.Source), "C.Source"),
            };
            var target = typeof(SalesKey).GetProperty(member)!;
            bindings.Add(Expression.Bind(target, Expression.Convert(Path(x, path), target.PropertyType)));
        }

        return Expression.MemberInit(Expression.New(typeof(SalesKey)), bindings);
    });

    private static IQueryable<Joined<TFact>> In<TFact, TValue>(IQueryable<Joined<TFact>> rows, string path, IReadOnlyList<TValue>? values)
    {
        if (values is not { Count: > 0 })
        {
            return rows;
        }

        var list = values.ToList();
        return rows.Where(Lambda<Joined<TFact>, bool>(x =>
        {
            var member = Path(x, path);
            return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TValue)], Boxed(list),
                member.Type == typeof(TValue) ? member : Expression.Convert(member, typeof(TValue)));
        }));
    }

    private static Expression Path(Expression root, string path) => path.Split('.').Aggregate(root, Expression.Property);

    /// <summary>A value the query reads from a closure, so that EF Core sends it as a parameter and caches one plan.</summary>
    private static Expression Boxed<T>(T value) => Expression.Property(Expression.Constant(new Box<T>(value)), nameof(Box<T>.Value));

    private static Expression<Func<TIn, TOut>> Lambda<TIn, TOut>(Func<ParameterExpression, Expression> body)
    {
        var parameter = Expression.Parameter(typeof(TIn), "x");
        return Expression.Lambda<Func<TIn, TOut>>(body(parameter), parameter);
    }

    private sealed record Box<T>(T Value);
}
