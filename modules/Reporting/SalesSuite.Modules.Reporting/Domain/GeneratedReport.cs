using System.Text.Json;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>
/// A report generated from a template for a range of days, by a user or by one of their schedules. Owned by its
/// creator: the record scope shows it to them, to managers whose team covers them and to admins. Its files are
/// <see cref="ReportFile"/> rows, read only for a download.
/// </summary>
internal sealed class GeneratedReport : TenantEntity, IOwnedRecord
{
    public const string TypeName = "GeneratedReport";

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
        (JsonSerializer.Deserialize<List<ChartData>>(Charts, ChartData.Json) ?? []).Select(c => c.WithSources(Reveals)).ToList();
}
