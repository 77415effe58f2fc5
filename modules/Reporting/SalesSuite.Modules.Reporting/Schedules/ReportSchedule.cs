using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Schedules;

internal enum ReportFrequency
{
    /// <summary>Mondays at 06:00 of the tenant's time zone, for the week before.</summary>
    Weekly,

    /// <summary>The first of each month at 06:00 of the tenant's time zone, for the month before.</summary>
    Monthly,
}

/// <summary>
/// A template (or the revenue forecast) generated on a schedule, in the scope of the user who scheduled it: the
/// run recomputes that user's grant from the roles their token had when they scheduled it and the roles assigned to them now.
/// </summary>
internal sealed class ReportSchedule : AggregateRoot, IOwnedRecord
{
    /// <summary>The user who scheduled it; the runs act in their scope and the reports are theirs.</summary>
    public string OwnerId { get; set; } = string.Empty;

    public Guid TemplateId { get; set; }

    public ReportFrequency Frequency { get; set; }

    /// <summary>The roles of the scheduling user's token, comma-separated.</summary>
    public string Roles { get; set; } = string.Empty;

    /// <summary>The next slot to run (a UTC instant of 06:00 local).</summary>
    public DateTimeOffset NextRunAt { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }

    public Guid? LastReportId { get; set; }

    /// <summary>Why the last run made no report (e.g. the user lost reporting.read); null when it made one.</summary>
    public string? LastError { get; set; }
}
