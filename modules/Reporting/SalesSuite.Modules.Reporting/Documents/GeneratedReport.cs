using System.Text.Json;
using System.Text.Json.Serialization;
using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Documents;

/// <summary>
/// A report generated from a template for a range of days, by a user or by one of their schedules. Owned by its
/// creator: the record scope shows it to them, to managers whose team covers them and to admins. Its files are
/// <see cref="ReportFile"/> rows, read only for a download.
/// </summary>
internal sealed class GeneratedReport : TenantEntity, IOwnedRecord
{
    /// <summary>The user who generated it (or whose schedule did).</summary>
    public string OwnerId { get; set; } = string.Empty;

    public Guid TemplateId { get; set; }

    public string Title { get; set; } = string.Empty;

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? ScheduleId { get; set; }

    /// <summary>The schedule's slot this report was made for.</summary>
    public DateTimeOffset? Slot { get; set; }

    /// <summary>The charts' data (<see cref="ChartData"/> list) as JSON, so a front end can draw its own.</summary>
    public string Charts { get; set; } = "[]";

    /// <summary>
    /// The deniable fields (<c>Type.field</c>) the figures of its files are derived from: a reader whose role is denied one may not download
    /// them. Null for reports generated before this was recorded.
    /// </summary>
    public List<string>? Reveals { get; set; }

    /// <summary><see cref="Reveals"/>; for a report from before it was recorded, every field a report's money figures can be derived from.</summary>
    public IReadOnlyList<string> RevealedFields => Reveals ?? ChartData.MoneySources;

    public IReadOnlyList<ChartData> ChartList() =>
        (JsonSerializer.Deserialize<List<ChartData>>(Charts, ReportGenerator.Json) ?? []).Select(c => c.WithSources(Reveals)).ToList();
}

/// <summary>One rendered file of a generated report: the workbook or the printable page.</summary>
internal sealed class ReportFile : TenantEntity
{
    public const string Xlsx = "xlsx";
    public const string Html = "html";

    private ReportFile()
    {
    }

    public ReportFile(Guid reportId, string format, string fileName, string contentType, byte[] content)
    {
        ReportId = reportId;
        Format = format;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
    }

    public Guid ReportId { get; private set; }

    public string Format { get; private set; } = string.Empty;

    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];
}

internal sealed record ChartSeriesData(string Name, IReadOnlyList<decimal> Values)
{
    /// <summary>The deniable fields the values are derived from: the chart's, set when read (not stored per series).</summary>
    [JsonIgnore]
    public IReadOnlyList<string>? DerivedFrom { get; init; }
}

/// <summary>A chart as the API returns it: kind, labels along the category axis and one value per label in each series.</summary>
/// <param name="DerivedFrom">The deniable fields (<c>Type.field</c>) its values are derived from; null in charts stored before it was recorded.</param>
internal sealed record ChartData(string Title, ChartKind Kind, ColumnKind ValueKind, string? ValueCaption, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeriesData> Series,
    IReadOnlyList<string>? DerivedFrom = null)
{
    /// <summary>Every deniable field a report's money figures can be derived from: what a chart or report from before derivations were recorded is taken to reveal.</summary>
    public static readonly IReadOnlyList<string> MoneySources = [.. SalesReport.MeasureSources.Values.SelectMany(s => s).Distinct().Order(StringComparer.Ordinal)];

    public static ChartData Of(ReportChart chart, IReadOnlyList<string> derivedFrom) => new(chart.Title, chart.Kind, chart.ValueKind, chart.ValueCaption, chart.Categories,
        chart.Series.Select(s => new ChartSeriesData(s.Name, s.Values)).ToList(), derivedFrom);

    /// <summary>The chart with its sources on each series (the API checks them per series); an old chart of money is taken to reveal every money source.</summary>
    public ChartData WithSources(IReadOnlyList<string>? reportReveals)
    {
        var sources = DerivedFrom ?? (ValueKind == ColumnKind.Money ? MoneySources : reportReveals ?? MoneySources);
        return this with { Series = Series.Select(s => s with { DerivedFrom = sources }).ToList() };
    }
}
