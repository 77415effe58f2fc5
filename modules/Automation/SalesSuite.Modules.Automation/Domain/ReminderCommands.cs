using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Domain;

/// <summary>A user's own reminders: mark done, snooze.</summary>
internal sealed class ReminderCommands(ModuleDbContextFactory<AutomationDbContext> contexts, ICurrentUser user, TimeProvider clock)
{
    public async Task<Reminder> CompleteAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var reminder = await LoadAsync(db, input, ct);
        if (reminder.Status != ReminderStatus.Done)
        {
            reminder.Status = ReminderStatus.Done;
            reminder.DoneAt = clock.GetUtcNow();
            reminder.SnoozedUntil = null;
            await db.SaveChangesAsync(ct);
        }

        return reminder;
    }

    public async Task<Reminder> SnoozeAsync(InputReader input, CancellationToken ct)
    {
        var until = input.Value<DateTimeOffset>("until")?.ToUniversalTime();
        if (until is null || until <= clock.GetUtcNow())
        {
            throw InputReader.Invalid("until", "must be a time in the future.");
        }

        await using var db = contexts.Create();
        var reminder = await LoadAsync(db, input, ct);
        if (reminder.Status is ReminderStatus.Done or ReminderStatus.Resolved)
        {
            throw InputReader.Invalid("id", $"is {reminder.Status.ToString().ToLowerInvariant()}; only an open or snoozed reminder can be snoozed.");
        }

        reminder.Status = ReminderStatus.Snoozed;
        reminder.SnoozedUntil = until;
        await db.SaveChangesAsync(ct);
        return reminder;
    }

    private async Task<Reminder> LoadAsync(AutomationDbContext db, InputReader input, CancellationToken ct)
    {
        var id = input.Id("id", "Reminder");
        var me = user.UserIdOrThrow;
        return await db.Reminders.AsTracking().FirstOrDefaultAsync(r => r.Id == id && r.UserId == me, ct)
            ?? throw AppException.NotFound("Reminder", input.String("id")!);
    }
}
