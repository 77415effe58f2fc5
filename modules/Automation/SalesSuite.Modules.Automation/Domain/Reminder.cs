using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Automation.Domain;

/// <summary>
/// A reminder in a user's inbox, one per (kind, record, user): the job keeps it in step with its condition, so a rerun
/// never duplicates it, a done one stays done while the condition lasts, and it is resolved when the condition clears.
/// </summary>
internal sealed class Reminder : AggregateRoot
{
    /// <summary>Titles are cut to this length.</summary>
    public const int MaxTitleLength = 500;

    /// <summary>For EF Core and restores.</summary>
    private Reminder()
    {
    }

    public string Kind { get; private set; } = string.Empty;

    public Guid RecordId { get; private set; }

    public string RecordType { get; private set; } = string.Empty;

    public string UserId { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public DateTimeOffset DueAt { get; private set; }

    public ReminderStatus Status { get; private set; }

    public DateTimeOffset? SnoozedUntil { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>An open reminder for <paramref name="condition"/>, which holds now.</summary>
    public static Reminder Raise(ReminderCondition condition)
    {
        var reminder = new Reminder
        {
            Kind = condition.Kind,
            RecordId = condition.RecordId,
            UserId = condition.UserId,
            Status = ReminderStatus.Open,
        };
        reminder.Track(condition);
        return reminder;
    }

    /// <summary>
    /// Keeps it in step with its condition, which holds now: a resolved reminder whose condition came back is open again (and
    /// no longer done); title, record type and due time follow the condition.
    /// </summary>
    public void Track(ReminderCondition condition)
    {
        if (Status == ReminderStatus.Resolved)
        {
            Status = ReminderStatus.Open;
            ResolvedAt = null;
            DoneAt = null;
        }

        var title = condition.Title.Length > MaxTitleLength ? condition.Title[..MaxTitleLength] : condition.Title;
        if (Title != title)
        {
            Title = title;
        }

        if (RecordType != condition.RecordType)
        {
            RecordType = condition.RecordType;
        }

        if (DueAt != condition.DueAt)
        {
            DueAt = condition.DueAt;
        }
    }

    /// <summary>Its condition cleared at <paramref name="now"/>: resolved, snoozed no longer. False when it already was resolved.</summary>
    public bool Resolve(DateTimeOffset now)
    {
        if (Status == ReminderStatus.Resolved)
        {
            return false;
        }

        Status = ReminderStatus.Resolved;
        ResolvedAt = now;
        SnoozedUntil = null;
        return true;
    }

    /// <summary>A snoozed reminder whose snooze has ended by <paramref name="now"/> is open again; false for any other.</summary>
    public bool Wake(DateTimeOffset now)
    {
        if (Status == ReminderStatus.Snoozed && SnoozedUntil <= now)
        {
            Status = ReminderStatus.Open;
            SnoozedUntil = null;
            return true;
        }

        return false;
    }

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
