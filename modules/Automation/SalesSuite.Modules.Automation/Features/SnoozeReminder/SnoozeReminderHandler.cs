using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Features.SnoozeReminder;

internal sealed class SnoozeReminderHandler(ModuleDbContextFactory<AutomationDbContext> contexts, ICurrentUser user, TimeProvider clock)
{
    public async Task<Reminder> HandleAsync(SnoozeReminderInput input, CancellationToken ct)
    {
        SnoozeReminderValidator.Check(input, clock.GetUtcNow());
        await using var db = contexts.Create();
        var reminder = await db.LoadOwnReminderAsync(input.Id, user.UserIdOrThrow, ct);
        reminder.Snooze(input.Until!.Value);
        await db.SaveChangesAsync(ct);
        return reminder;
    }
}
