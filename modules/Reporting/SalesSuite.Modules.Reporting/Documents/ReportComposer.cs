using System.Globalization;
using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Documents;

/// <summary>A composed report: the document, the deniable fields its figures are derived from, and those of each chart.</summary>
internal sealed record ComposedReport(ReportDocument Document, IReadOnlyList<string> Reveals, IReadOnlyDictionary<ReportChart,
    IReadOnlyList<string>> ChartSources);

/// <summary>
/// Turns a template and a range of days into a <see cref="ReportDocument"/>, reading the figures through the same code as the
/// GraphQL queries (<see cref="SalesReport.ComputeAsync"/>, <see cref="RevenueForecastQuery.ComputeAsync"/>) within the current scope's grant.
/// Figures derived from a field the grant denies (<see cref="SalesReport.MeasureSources"/>) are left out, and a "Left out" section
/// says which and why; a template with nothing left to show is FORBIDDEN.
/// Each <see cref="ReportSource"/> is one method, so a source can be switched without touching the others.
/// </summary>
internal sealed class ReportComposer(IServiceProvider services, ITenantContext tenant, TimeProvider clock, ICurrentAccess access)
{
    public const string FiguresHeading = "Figures";

    public const string LeftOutHeading = "Left out";

    /// <summary>Series beyond this many (by their total) are summed into "Other" when a chart pivots its second dimension.</summary>
    public const int MaxSeries = 8;

    public async Task<ComposedReport> ComposeAsync(TemplateView template, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var parts = new Parts(access.Grant, template.Title);
        var (currency, sections) = template.Definition.Source switch
        {
            ReportSource.Pipeline => await PipelineAsync(from, to, parts, ct),
            ReportSource.Forecast => await ForecastAsync(parts, ct),
            _ => await SalesAsync(template.Definition, from, to, parts, ct),
        };
        if (parts.LeftOut.Count > 0)
        {
            sections.Add(new ReportSection(LeftOutHeading, new ReportTable([new("Figure", ColumnKind.Text), new("Why", ColumnKind.Text)],
                parts.LeftOut.Select(l => (IEnumerable<object?>)[l.What, $"Your role may not read {l.DeniedBy}, from which it is derived."]))));
        }

        var subtitle = template.Definition.Source == ReportSource.Forecast
            ? $"As of {tenant.Tenant.LocalDay(clock.GetUtcNow()):yyyy-MM-dd}"
            : $"{from:yyyy-MM-dd} – {to:yyyy-MM-dd}";
        return new ComposedReport(new ReportDocument(template.Title, subtitle, tenant.Tenant.Name, clock.GetUtcNow(), currency, sections),
            [.. parts.Reveals], parts.ChartSources);
    }

    /// <summary>The deniable fields a measure of a template is derived from (see <see cref="SalesReport.MeasureSources"/>).</summary>
    public static IReadOnlyList<string> SourcesOf(ReportMeasure measure) => SalesReport.MeasureSources.GetValueOrDefault(measure switch
    {
        ReportMeasure.Revenue => "revenue",
        ReportMeasure.Orders => "orders",
        ReportMeasure.OrderLines => "orderLines",
        _ => "quantity",
    }) ?? [];

    private async Task<(string Currency, List<ReportSection> Sections)> SalesAsync(TemplateDefinition definition, DateOnly from, DateOnly to, Parts parts,
        CancellationToken ct)
    {
        var measures = definition.Measures.Where(m => parts.Shows(MeasureName(m), SourcesOf(m))).ToList();
        parts.ThrowIfNothingShown(measures.Count);
        var result = await SalesReport.ComputeAsync(services,
            new SalesQuery(from, to, definition.GroupBy, new ReportFilter(definition.RepIds, definition.ProductKeys, definition.CustomerIds)), ct);
        var columns = new List<ReportColumn>();
        foreach (var dimension in definition.GroupBy)
        {
            columns.Add(new ReportColumn(DimensionName(dimension), IsPeriod(dimension) ? ColumnKind.Date : ColumnKind.Text));
            if (dimension is SalesDimension.Product or SalesDimension.Rep or SalesDimension.Customer)
            {
                columns.Add(new ReportColumn(DimensionName(dimension) + " name", ColumnKind.Text));
            }
        }

        columns.AddRange(measures.Select(m => new ReportColumn(MeasureName(m), MeasureKind(m))));
        var rows = result.Rows.Select(row => (IEnumerable<object?>)[.. KeyCells(definition.GroupBy, row),
            .. measures.Select(m => (object?)Value(row.Measures, m))]);
        var totals = new List<object?> { "Total" };
        totals.AddRange(Enumerable.Repeat<object?>(null, columns.Count - measures.Count - 1));
        totals.AddRange(measures.Select(m => (object?)Value(result.Totals, m)));
        if (columns[0].Kind != ColumnKind.Text)
        {
            totals[0] = null;
        }

        var sections = new List<ReportSection> { new(FiguresHeading, new ReportTable(columns, rows, totals)) };
        foreach (var chart in definition.Charts.Where(c => measures.Contains(c.Measure)))
        {
            var reportChart = parts.Chart(SalesChart(definition.GroupBy, result, chart, result.BaseCurrency), SourcesOf(chart.Measure));
            var heading = reportChart.Title;
            for (var n = 2; sections.Any(s => s.Heading == heading); n++)
            {
                heading = $"{reportChart.Title} ({n})";
            }

            sections.Add(new ReportSection(heading, chart: reportChart));
        }

        return (result.BaseCurrency, sections);
    }

    /// <summary>
    /// The pipeline review: per rep of the scope, opportunities opened, won and lost, win rate, won amount, open pipeline and
    /// weighted pipeline over the range, from the read model's opportunity facts (the same figures as <c>salesReport</c> grouped by
    /// REP), then the pipeline by month of expected close, won amount by rep, and opened → closed → won as a funnel.
    /// </summary>
    private async Task<(string Currency, List<ReportSection> Sections)> PipelineAsync(DateOnly from, DateOnly to, Parts parts, CancellationToken ct)
    {
        var amountSources = SalesReport.MeasureSources["wonAmount"].Union(SalesReport.MeasureSources["pipelineAmount"])
            .Union(SalesReport.MeasureSources["weightedPipeline"]).ToList();
        var amounts = parts.Shows("Won amount, open pipeline and weighted pipeline", amountSources);
        var byRep = await SalesReport.ComputeAsync(services, new SalesQuery(from, to, [SalesDimension.Rep], ReportFilter.None, WithPipeline: true), ct);
        var byMonth = await SalesReport.ComputeAsync(services, new SalesQuery(from, to, [SalesDimension.Month], ReportFilter.None, WithPipeline: true), ct);
        static bool HasOpportunities(SalesMeasures m) => m.OpportunitiesOpened + m.OpportunitiesWon + m.OpportunitiesLost > 0 || m.PipelineAmount != 0m;
        // Without the amounts, the reps are not ranked by them either.
        var reps = (amounts
                ? byRep.Rows.Where(r => HasOpportunities(r.Measures)).OrderByDescending(r => r.Measures.WonAmount)
                    .ThenByDescending(r => r.Measures.WeightedPipeline)
                : byRep.Rows.Where(r => HasOpportunities(r.Measures)).OrderByDescending(r => r.Measures.OpportunitiesWon)
                    .ThenByDescending(r => r.Measures.OpportunitiesOpened))
            .ThenBy(r => r.Key.Rep, StringComparer.Ordinal).ToList();
        var currency = byRep.BaseCurrency;
        IEnumerable<object?> Cells(SalesMeasures m) => amounts
            ? [m.OpportunitiesOpened, m.OpportunitiesWon, m.OpportunitiesLost, m.WinRate, m.WonAmount, m.PipelineAmount, m.WeightedPipeline]
            : [m.OpportunitiesOpened, m.OpportunitiesWon, m.OpportunitiesLost, m.WinRate];
        List<ReportColumn> columns = [new("Rep", ColumnKind.Text), new("Rep name", ColumnKind.Text), new("Opened", ColumnKind.Integer),
            new("Won", ColumnKind.Integer),
            new("Lost", ColumnKind.Integer), new("Win rate", ColumnKind.Percent)];
        if (amounts)
        {
            columns.AddRange([new("Won amount", ColumnKind.Money), new("Open pipeline", ColumnKind.Money), new("Weighted pipeline", ColumnKind.Money)]);
        }

        var table = new ReportTable(columns, reps.Select(r => (IEnumerable<object?>)[r.Key.Rep, r.RepName, .. Cells(r.Measures)]),
            ["Total", null, .. Cells(byRep.Totals)]);
        var sections = new List<ReportSection> { new("Pipeline by rep", table) };
        if (amounts)
        {
            var months = byMonth.Rows.Where(r => r.Measures.PipelineAmount != 0m).ToList();
            var pipeline = parts.Chart(new ReportChart(ChartKind.Bar, "Open pipeline by month of expected close",
                months.Select(r => Label(r.Key.Period!.Value, SalesDimension.Month)),
                [new ChartSeries("Open pipeline", months.Select(r => r.Measures.PipelineAmount)),
                    new ChartSeries("Weighted pipeline", months.Select(r => r.Measures.WeightedPipeline))],
                $"Pipeline ({currency})", ColumnKind.Money), amountSources);
            var won = parts.Chart(new ReportChart(ChartKind.Bar, "Won amount by rep", reps.Select(r => r.RepName ?? r.Key.Rep ?? ""),
                [new ChartSeries("Won amount", reps.Select(r => r.Measures.WonAmount))], $"Won amount ({currency})", ColumnKind.Money), amountSources);
            sections.AddRange([new(pipeline.Title, chart: pipeline), new(won.Title, chart: won)]);
        }

        var totals = byRep.Totals;
        var funnel = parts.Chart(new ReportChart(ChartKind.Funnel, "Opened, closed and won", ["Opened", "Closed", "Won"],
            [new ChartSeries("Opportunities", [totals.OpportunitiesOpened, totals.OpportunitiesWon
                + totals.OpportunitiesLost, totals.OpportunitiesWon])], "Opportunities", ColumnKind.Integer), []);
        sections.Add(new(funnel.Title, chart: funnel));
        return (currency, sections);
    }

    private async Task<(string Currency, List<ReportSection> Sections)> ForecastAsync(Parts parts, CancellationToken ct)
    {
        var revenue = SalesReport.MeasureSources["revenue"];
        parts.ThrowIfNothingShown(parts.Shows("Revenue", revenue) ? 1 : 0);
        var result = await RevenueForecastQuery.ComputeAsync(services, horizon: 6, historyMonths: 36, ct);
        var money = $"Revenue ({result.BaseCurrency})";
        var sections = new List<ReportSection>
        {
            new("Revenue history",
                new ReportTable([new("Month", ColumnKind.Date), new("Revenue", ColumnKind.Money)],
                    result.History.Select(h => (IEnumerable<object?>)[h.Month, h.Value]))),
        };
        if (result.History.Count > 0)
        {
            var history = parts.Chart(new ReportChart(ChartKind.Line, "Monthly revenue", result.History.Select(h => Label(h.Month, SalesDimension.Month)),
                [new ChartSeries("Revenue", result.History.Select(h => h.Value))], money, ColumnKind.Money), revenue);
            sections.Add(new ReportSection(history.Title, chart: history));
        }

        var forecast = result.Forecast;
        if (forecast.Points.Count > 0)
        {
            sections.Add(new ReportSection("Forecast", new ReportTable(
                [new("Month", ColumnKind.Date), new("Forecast", ColumnKind.Money), new("Lower 80%", ColumnKind.Money), new("Upper 80%", ColumnKind.Money),
                    new("Lower 95%", ColumnKind.Money), new("Upper 95%", ColumnKind.Money)],
                forecast.Points.Select(p => (IEnumerable<object?>)[p.Month, p.Forecast, p.Lower80, p.Upper80, p.Lower95, p.Upper95]))));
            var chart = parts.Chart(new ReportChart(ChartKind.Line, "Revenue forecast", forecast.Points.Select(p => Label(p.Month, SalesDimension.Month)),
                [new ChartSeries("Forecast", forecast.Points.Select(p => p.Forecast)), new ChartSeries("Lower 80%", forecast.Points.Select(p => p.Lower80)),
                    new ChartSeries("Upper 80%", forecast.Points.Select(p => p.Upper80))], money, ColumnKind.Money), revenue);
            sections.Add(new ReportSection(chart.Title, chart: chart));
        }

        sections.Add(new ReportSection("Accuracy", new ReportTable([new("Measure", ColumnKind.Text), new("Value", ColumnKind.Text)],
        [
            ["Method", forecast.Method],
            ["Forecast", forecast.Points.Count > 0 ? $"{forecast.Points.Count} months" : "too little history to forecast"],
            ["MAPE", forecast.Accuracy.MapePercent is { } mape ? mape.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a"],
            ["Back-test points", forecast.Accuracy.BacktestPoints.ToString(CultureInfo.InvariantCulture)],
            ["About", forecast.Accuracy.Description],
        ])));
        return (result.BaseCurrency, sections);
    }

    /// <summary>
    /// A chart of one measure over the report's rows: with two dimensions a bar or line chart pivots the second into series
    /// (the largest <see cref="MaxSeries"/>, the rest summed as "Other"); otherwise each row is a category, labelled by its keys.
    /// </summary>
    private static ReportChart SalesChart(List<SalesDimension> groupBy, SalesReportResult result, TemplateChart chart, string currency)
    {
        var by = string.Join(" and ", groupBy.Select(d => DimensionName(d).ToLowerInvariant()));
        var title = chart.Kind switch
        {
            ChartKind.Pie => $"Share of {MeasureName(chart.Measure).ToLowerInvariant()} by {by}",
            ChartKind.Funnel => $"{MeasureName(chart.Measure)} funnel by {by}",
            _ => $"{MeasureName(chart.Measure)} by {by}",
        };
        var kind = MeasureKind(chart.Measure);
        var caption = chart.Measure == ReportMeasure.Revenue ? $"Revenue ({currency})" : MeasureName(chart.Measure);
        if (groupBy.Count == 2 && chart.Kind is ChartKind.Bar or ChartKind.Line)
        {
            var categories = result.Rows.Select(r => RowLabel([groupBy[0]], r)).Distinct().ToList();
            var bySeries = result.Rows.GroupBy(r => RowLabel([groupBy[1]], r))
                .Select(g => (Name: g.Key, Values: g.ToDictionary(r => RowLabel([groupBy[0]], r), r => Value(r.Measures, chart.Measure))))
                .OrderByDescending(s => s.Values.Values.Sum()).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
            var series = bySeries.Take(MaxSeries).Select(s => new ChartSeries(s.Name, categories.Select(c => s.Values.GetValueOrDefault(c)))).ToList();
            if (bySeries.Count > MaxSeries)
            {
                series.Add(new ChartSeries("Other", categories.Select(c => bySeries.Skip(MaxSeries).Sum(s => s.Values.GetValueOrDefault(c)))));
            }

            return new ReportChart(chart.Kind, title, categories, series, caption, kind);
        }

        var values = result.Rows.Select(r => Value(r.Measures, chart.Measure));
        if (chart.Kind is ChartKind.Pie or ChartKind.Funnel)
        {
            values = values.Select(v => Math.Max(0m, v));
        }

        return new ReportChart(chart.Kind, title, result.Rows.Select(r => RowLabel(groupBy, r)), [new ChartSeries(MeasureName(chart.Measure), values)],
            caption, kind);
    }

    private static IEnumerable<object?> KeyCells(List<SalesDimension> groupBy, SalesRow row)
    {
        foreach (var dimension in groupBy)
        {
            if (IsPeriod(dimension))
            {
                yield return row.Key.Period;
            }
            else
            {
                yield return KeyText(dimension, row);
                if (NameOf(dimension, row) is var (_, name))
                {
                    yield return name;
                }
            }
        }
    }

    private static string RowLabel(IEnumerable<SalesDimension> dimensions, SalesRow row) =>
        string.Join(" · ", dimensions.Select(d => IsPeriod(d) ? Label(row.Key.Period!.Value, d) : NameOf(d, row)?.Name ?? KeyText(d, row) ?? ""));

    /// <summary>The display name of a keyed dimension (its own column after the key); null for the other dimensions.</summary>
    private static (SalesDimension Dimension, string? Name)? NameOf(SalesDimension dimension, SalesRow row) => dimension switch
    {
        SalesDimension.Product => (dimension, row.ProductName),
        SalesDimension.Rep => (dimension, row.RepName),
        SalesDimension.Customer => (dimension, row.CustomerName),
        _ => null,
    };

    private static string? KeyText(SalesDimension dimension, SalesRow row) => dimension switch
    {
        SalesDimension.Rep => row.Key.Rep,
        SalesDimension.Product => row.Key.Product,
        SalesDimension.Customer => row.Key.Customer is { } id ? GlobalId.Encode("Customer", id) : null,
        _ => null,
    };

    public static string Label(DateOnly period, SalesDimension dimension) => dimension switch
    {
        SalesDimension.Month => period.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        SalesDimension.Quarter => $"{period.Year} Q{((period.Month - 1) / 3) + 1}",
        SalesDimension.Year => period.Year.ToString(CultureInfo.InvariantCulture),
        _ => period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static bool IsPeriod(SalesDimension dimension) =>
        dimension is SalesDimension.Day or SalesDimension.Week or SalesDimension.Month or SalesDimension.Quarter or SalesDimension.Year;

    public static string DimensionName(SalesDimension dimension) => dimension switch
    {
        SalesDimension.Rep => "Rep",
        SalesDimension.Product => "Product",
        SalesDimension.Customer => "Customer",
        _ => dimension.ToString(),
    };

    public static string MeasureName(ReportMeasure measure) => measure switch
    {
        ReportMeasure.Revenue => "Revenue",
        ReportMeasure.Orders => "Orders",
        ReportMeasure.OrderLines => "Order lines",
        _ => "Quantity",
    };

    private static ColumnKind MeasureKind(ReportMeasure measure) => measure switch
    {
        ReportMeasure.Revenue => ColumnKind.Money,
        ReportMeasure.Orders or ReportMeasure.OrderLines => ColumnKind.Integer,
        _ => ColumnKind.Number,
    };

    private static decimal Value(SalesMeasures measures, ReportMeasure measure) => measure switch
    {
        ReportMeasure.Revenue => measures.Revenue,
        ReportMeasure.Orders => measures.Orders,
        ReportMeasure.OrderLines => measures.OrderLines,
        _ => measures.Quantity,
    };

    /// <summary>What one composition shows and leaves out under the grant, and the deniable fields its figures are derived from.</summary>
    private sealed class Parts(AccessGrant? grant, string title)
    {
        public SortedSet<string> Reveals { get; } = new(StringComparer.Ordinal);

        public Dictionary<ReportChart, IReadOnlyList<string>> ChartSources { get; } = new(ReferenceEqualityComparer.Instance);

        public List<(string What, string DeniedBy)> LeftOut { get; } = [];

        /// <summary>Whether a figure derived from <paramref name="sources"/> may be shown; if so they are revealed, if not it is left out.</summary>
        public bool Shows(string what, IReadOnlyList<string> sources)
        {
            if (FieldDenial.FirstDenied(grant, sources) is { } denied)
            {
                LeftOut.Add((what, denied));
                return false;
            }

            Reveals.UnionWith(sources);
            return true;
        }

        public ReportChart Chart(ReportChart chart, IReadOnlyList<string> sources)
        {
            ChartSources[chart] = sources;
            return chart;
        }

        /// <summary>FORBIDDEN when every figure of the template is left out: a report of nothing would only hide that.</summary>
        public void ThrowIfNothingShown(int shown)
        {
            if (shown == 0 && LeftOut.Count > 0)
            {
                throw new AppException(ErrorCodes.Forbidden,
                    $"Your role may not read {string.Join(" or ", LeftOut.Select(l => l.DeniedBy).Distinct())}, from which every figure of '{title}' is " +
                    "derived.");
            }
        }
    }
}
