using System.Text.Json;
using System.Text.Json.Serialization;
using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Rendering;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>A chart as the API returns it: kind, labels along the category axis and one value per label in each series.</summary>
/// <param name="DerivedFrom">The deniable fields (<c>Type.field</c>) its values are derived from; null in charts stored before it was recorded.</param>
internal sealed record ChartData(string Title, ChartKind Kind, ColumnKind ValueKind, string? ValueCaption, IReadOnlyList<string> Labels,
    IReadOnlyList<ChartSeriesData> Series,
    IReadOnlyList<string>? DerivedFrom = null)
{
    public static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Every deniable field a report's money figures can be derived from: what a chart or report from before derivations were recorded is taken to
    /// reveal.</summary>
    public static readonly IReadOnlyList<string> MoneySources = [.. SalesReport.MeasureSources.Values.SelectMany(s => s).Distinct()
        .Order(StringComparer.Ordinal)];

    public static ChartData Of(ReportChart chart, IReadOnlyList<string> derivedFrom) =>
        new(chart.Title, chart.Kind, chart.ValueKind, chart.ValueCaption, chart.Categories,
        chart.Series.Select(s => new ChartSeriesData(s.Name, s.Values)).ToList(), derivedFrom);

    /// <summary>The chart with its sources on each series (the API checks them per series); an old chart of money is taken to reveal every money
    /// source.</summary>
    public ChartData WithSources(IReadOnlyList<string>? reportReveals)
    {
        var sources = DerivedFrom ?? (ValueKind == ColumnKind.Money ? MoneySources : reportReveals ?? MoneySources);
        return this with { Series = Series.Select(s => s with { DerivedFrom = sources }).ToList() };
    }
}
