using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Data;

/// <summary>Reads the features share.</summary>
internal static class ReminderStore
{
    /// <summary>One of <paramref name="userId"/>'s own reminders, tracked; NOT_FOUND for anyone else's.</summary>
    public static async Task<Reminder> LoadOwnReminderAsync(this AutomationDbContext db, string? id, string userId, CancellationToken ct)
    {
        var key = GlobalId.Decode(id, "Reminder", "id");
        return await db.Reminders.AsTracking().FirstOrDefaultAsync(r => r.Id == key && r.UserId == userId, ct)
            ?? throw AppException.NotFound("Reminder", InputValues.Clean(id)!);
    }
}
