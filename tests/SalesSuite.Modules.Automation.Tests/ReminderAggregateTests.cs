using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.Modules.Automation.Features.SnoozeReminder;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Automation.Tests;

/// <summary>
/// A reminder's own rules (raised, kept in step, resolved, woken, done, snoozed) and snoozeReminder's input rule, without a
/// database or GraphQL.
/// </summary>
public sealed class ReminderAggregateTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    private static readonly ReminderCondition Condition = new("stalled", Guid.NewGuid(), "Opportunity", "rep-1", "Acme renewal stalled", Monday.AddDays(1));

    [Fact]
    public void A_reminder_is_raised_open_for_its_condition_with_the_title_cut_to_500_characters()
    {
        var reminder = Reminder.Raise(Condition with { Title = new string('t', 600) });

        Assert.Equal((ReminderStatus.Open, "stalled", Condition.RecordId, "Opportunity", "rep-1", Monday.AddDays(1)),
            (reminder.Status, reminder.Kind, reminder.RecordId, reminder.RecordType, reminder.UserId, reminder.DueAt));
        Assert.Equal(new string('t', Reminder.MaxTitleLength), reminder.Title);
    }

    [Fact]
    public void Tracking_follows_the_condition_and_a_done_reminder_stays_done_while_it_lasts()
    {
        var reminder = Reminder.Raise(Condition);
        reminder.Complete(Monday);

        reminder.Track(Condition with { Title = "Acme renewal still stalled", DueAt = Monday.AddDays(3) });

        Assert.Equal((ReminderStatus.Done, Monday, "Acme renewal still stalled", Monday.AddDays(3)),
            (reminder.Status, reminder.DoneAt, reminder.Title, reminder.DueAt));
    }

    [Fact]
    public void A_resolved_reminder_whose_condition_comes_back_is_open_again_and_no_longer_done()
    {
        var reminder = Reminder.Raise(Condition);
        reminder.Complete(Monday);
        reminder.Resolve(Monday.AddHours(1));

        reminder.Track(Condition);

        Assert.Equal(ReminderStatus.Open, reminder.Status);
        Assert.Null(reminder.ResolvedAt);
        Assert.Null(reminder.DoneAt);
    }

    [Fact]
    public void Resolving_ends_a_snooze_once()
    {
        var reminder = Reminder.Raise(Condition);
        reminder.Snooze(Monday.AddDays(2));

        Assert.True(reminder.Resolve(Monday));
        Assert.Equal((ReminderStatus.Resolved, Monday, (DateTimeOffset?)null), (reminder.Status, reminder.ResolvedAt, reminder.SnoozedUntil));

        Assert.False(reminder.Resolve(Monday.AddHours(1)));
        Assert.Equal(Monday, reminder.ResolvedAt);
    }

    [Fact]
    public void A_snoozed_reminder_wakes_when_its_snooze_has_ended_and_not_before()
    {
        var reminder = Reminder.Raise(Condition);
        reminder.Snooze(Monday.AddDays(1));

        Assert.False(reminder.Wake(Monday.AddDays(1).AddSeconds(-1)));
        Assert.Equal(ReminderStatus.Snoozed, reminder.Status);

        Assert.True(reminder.Wake(Monday.AddDays(1)));
        Assert.Equal(ReminderStatus.Open, reminder.Status);
        Assert.Null(reminder.SnoozedUntil);

        Assert.False(reminder.Wake(Monday.AddDays(2)));
    }

    [Fact]
    public void Completing_marks_it_done_once_and_ends_a_snooze()
    {
        var reminder = Reminder.Raise(Condition);
        reminder.Snooze(Monday.AddDays(2));

        Assert.True(reminder.Complete(Monday));
        Assert.Equal(ReminderStatus.Done, reminder.Status);
        Assert.Equal(Monday, reminder.DoneAt);
        Assert.Null(reminder.SnoozedUntil);

        Assert.False(reminder.Complete(Monday.AddHours(1)));
        Assert.Equal(Monday, reminder.DoneAt);
    }

    [Theory]
    [InlineData("Open")]
    [InlineData("Snoozed")]
    public void An_open_or_snoozed_reminder_snoozes_until_the_time_given(string status)
    {
        var reminder = In(Enum.Parse<ReminderStatus>(status));

        reminder.Snooze(Monday.AddDays(1));

        Assert.Equal(ReminderStatus.Snoozed, reminder.Status);
        Assert.Equal(Monday.AddDays(1), reminder.SnoozedUntil);
    }

    [Theory]
    [InlineData("Done", "is done; only an open or snoozed reminder can be snoozed.")]
    [InlineData("Resolved", "is resolved; only an open or snoozed reminder can be snoozed.")]
    public void A_done_or_resolved_reminder_cannot_be_snoozed(string name, string message)
    {
        var status = Enum.Parse<ReminderStatus>(name);
        var reminder = In(status);

        var error = Assert.Throws<AppException>(() => reminder.Snooze(Monday.AddDays(1)));

        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Equal([new FieldError("id", message)], error.FieldErrors);
        Assert.Equal(status, reminder.Status);
        Assert.Null(reminder.SnoozedUntil);
    }

    [Fact]
    public void A_snooze_must_end_in_the_future()
    {
        SnoozeReminderValidator.Check(new SnoozeReminderInput { Id = "x", Until = Monday.AddSeconds(1) }, Monday);

        foreach (var until in new DateTimeOffset?[] { null, Monday, Monday.AddMinutes(-5) })
        {
            var error = Assert.Throws<AppException>(() => SnoozeReminderValidator.Check(new SnoozeReminderInput { Id = "x", Until = until }, Monday));
            Assert.Equal([new FieldError("until", "must be a time in the future.")], error.FieldErrors);
        }
    }

    /// <summary>A reminder brought to <paramref name="status"/> the way the job and the user do, never by setting it.</summary>
    private static Reminder In(ReminderStatus status)
    {
        var reminder = Reminder.Raise(Condition);
        switch (status)
        {
            case ReminderStatus.Snoozed:
                reminder.Snooze(Monday.AddHours(2));
                break;
            case ReminderStatus.Done:
                reminder.Complete(Monday.AddHours(-1));
                break;
            case ReminderStatus.Resolved:
                reminder.Resolve(Monday.AddHours(-1));
                break;
        }

        Assert.Equal(status, reminder.Status);
        return reminder;
    }
}
