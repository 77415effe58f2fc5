using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Features.CompleteReminder;

internal sealed class CompleteReminderHandler(ModuleDbContextFactory<AutomationDbContext> contexts, ICurrentUser user, TimeProvider clock)
{
    public async Task<Reminder> HandleAsync(CompleteReminderInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var reminder = await db.LoadOwnReminderAsync(input.Id, user.UserIdOrThrow, ct);
        if (reminder.Complete(clock.GetUtcNow()))
        {
            await db.SaveChangesAsync(ct);
        }

        return reminder;
    }
}
