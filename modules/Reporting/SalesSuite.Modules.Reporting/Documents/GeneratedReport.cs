using System.Text.Json;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Documents;

/// <summary>
/// A report generated from a template for a range of days (REP3, REP4), by a user or by one of their schedules. Owned by its
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

    public IReadOnlyList<ChartData> ChartList() => JsonSerializer.Deserialize<List<ChartData>>(Charts, ReportGenerator.Json) ?? [];
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

internal sealed record ChartSeriesData(string Name, IReadOnlyList<decimal> Values);

/// <summary>A chart as the API returns it: kind, labels along the category axis and one value per label in each series.</summary>
internal sealed record ChartData(string Title, ChartKind Kind, ColumnKind ValueKind, string? ValueCaption, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeriesData> Series)
{
    public static ChartData Of(ReportChart chart) => new(chart.Title, chart.Kind, chart.ValueKind, chart.ValueCaption, chart.Categories,
        chart.Series.Select(s => new ChartSeriesData(s.Name, s.Values)).ToList());
}
