using SalesSuite.Modules.Automation.Domain;
using SalesSuite.Modules.Automation.Features.SnoozeReminder;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Automation.Tests;

/// <summary>A reminder's own rules (done, snoozed) and snoozeReminder's input rule, without a database or GraphQL.</summary>
public sealed class ReminderAggregateTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Completing_marks_it_done_once_and_ends_a_snooze()
    {
        var reminder = new Reminder { Status = ReminderStatus.Snoozed, SnoozedUntil = Monday.AddDays(2) };

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
        var reminder = new Reminder { Status = Enum.Parse<ReminderStatus>(status) };

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
        var reminder = new Reminder { Status = status };

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
}
