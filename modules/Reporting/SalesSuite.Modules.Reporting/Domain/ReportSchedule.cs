using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>
/// A template (or the revenue forecast) generated on a schedule, in the scope of the user who scheduled it: the
/// run recomputes that user's grant from the roles their token had when they scheduled it and the roles assigned to them now.
/// </summary>
internal sealed class ReportSchedule : AggregateRoot, IOwnedRecord
{
    public const string TypeName = "ReportSchedule";
    public const int MaxRoles = 1000;
    public const int MaxError = 500;

    private ReportSchedule()
    {
    }

    /// <summary>The user who scheduled it; the runs act in their scope and the reports are theirs.</summary>
    public string OwnerId { get; private set; } = string.Empty;

    public Guid TemplateId { get; private set; }

    public ReportFrequency Frequency { get; private set; }

    /// <summary>The roles of the scheduling user's token, comma-separated.</summary>
    public string Roles { get; private set; } = string.Empty;

    /// <summary>The next slot to run (a UTC instant of 06:00 local).</summary>
    public DateTimeOffset NextRunAt { get; private set; }

    public DateTimeOffset? LastRunAt { get; private set; }

    public Guid? LastReportId { get; private set; }

    /// <summary>Why the last run made no report (e.g. the user lost reporting.read); null when it made one.</summary>
    public string? LastError { get; private set; }

    /// <summary>The roles kept with the schedule, to recompute the owner's grant at each run.</summary>
    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A schedule of <paramref name="templateId"/> for <paramref name="ownerId"/>, first run at the slot after <paramref name="now"/>;
    /// VALIDATION when the token's roles are too many to keep.
    /// </summary>
    public static ReportSchedule Create(string ownerId, Guid templateId, ReportFrequency frequency, IEnumerable<string> roles, DateTimeOffset now,
        TimeZoneInfo zone)
    {
        var schedule = new ReportSchedule
        {
            OwnerId = ownerId,
            TemplateId = templateId,
            Frequency = frequency,
            Roles = string.Join(",", roles),
            NextRunAt = ScheduleSlots.Next(frequency, now, zone),
        };
        if (schedule.Roles.Length > MaxRoles)
        {
            throw InvalidInput.Of("input", "cannot be scheduled: your token carries too many roles to keep.");
        }

        return schedule;
    }

    /// <summary>The latest slot that has come by <paramref name="now"/>: what a run reports on (missed slots are not caught up one by one).</summary>
    public DateTimeOffset DueSlot(DateTimeOffset now, TimeZoneInfo zone)
    {
        var slot = NextRunAt;
        for (var later = ScheduleSlots.Next(Frequency, slot, zone); later <= now; later = ScheduleSlots.Next(Frequency, later, zone))
        {
            slot = later;
        }

        return slot;
    }

    /// <summary>Notes a run at <paramref name="now"/>: the report it made, or why it made none, and the next slot after now.</summary>
    public void Advance(DateTimeOffset next, DateTimeOffset now, Guid? reportId, string? error)
    {
        NextRunAt = next;
        LastRunAt = now;
        LastReportId = reportId;
        LastError = error is null ? null : error[..Math.Min(MaxError, error.Length)];
    }
}
