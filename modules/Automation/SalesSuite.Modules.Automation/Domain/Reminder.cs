using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Automation.Domain;

internal enum ReminderStatus
{
    Open,
    Done,
    Snoozed,

    /// <summary>The condition cleared (the follow-up was done, the order paid): out of the inbox until it holds again.</summary>
    Resolved,
}

/// <summary>
/// A reminder in a user's inbox, one per (kind, record, user): the job keeps it in step with its condition, so a rerun
/// never duplicates it, a done one stays done while the condition lasts, and it is resolved when the condition clears.
/// </summary>
internal sealed class Reminder : AggregateRoot
{
    public string Kind { get; set; } = string.Empty;

    public Guid RecordId { get; set; }

    public string RecordType { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public DateTimeOffset DueAt { get; set; }

    public ReminderStatus Status { get; set; }

    public DateTimeOffset? SnoozedUntil { get; set; }

    public DateTimeOffset? DoneAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}

/// <summary>How many days an opportunity may stay in a stage before it counts as stalled; <see cref="Guid.Empty"/> holds the tenant's default.</summary>
internal sealed class StallSetting : TenantEntity
{
    public const int DefaultDays = 14;

    public Guid StageId { get; set; }

    public int Days { get; set; }
}
