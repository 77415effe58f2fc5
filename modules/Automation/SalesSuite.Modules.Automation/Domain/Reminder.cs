using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Automation.Domain;

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

    /// <summary>Marks it done at <paramref name="now"/>; a done reminder stays done while its condition lasts. False when it already was.</summary>
    public bool Complete(DateTimeOffset now)
    {
        if (Status == ReminderStatus.Done)
        {
            return false;
        }

        Status = ReminderStatus.Done;
        DoneAt = now;
        SnoozedUntil = null;
        return true;
    }

    /// <summary>Hides it until <paramref name="until"/>: only an open or snoozed reminder can be snoozed.</summary>
    public void Snooze(DateTimeOffset until)
    {
        if (Status is ReminderStatus.Done or ReminderStatus.Resolved)
        {
            var message = $"is {Status.ToString().ToLowerInvariant()}; only an open or snoozed reminder can be snoozed.";
            throw new AppException(ErrorCodes.Validation, "id " + message, [new FieldError("id", message)]);
        }

        Status = ReminderStatus.Snoozed;
        SnoozedUntil = until;
    }
}
