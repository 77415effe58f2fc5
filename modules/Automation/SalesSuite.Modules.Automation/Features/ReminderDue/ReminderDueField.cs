using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Automation.Api;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Features.ReminderDue;

/// <summary>Subscription reminderDue(where:): the caller's own reminders as they come due.</summary>
internal static class ReminderDueField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddSubscriptionField(LiveChanges.Field<AutomationDbContext, Reminder>(slice, "reminderDue", ReminderSchema.Spec, "reminder", "reminder.",
                (db, ctx) =>
                {
                    var me = ctx.RequestServices!.GetRequiredService<ICurrentUser>().UserIdOrThrow;
                    return db.Reminders.Where(r => r.UserId == me);
                },
                "Your own reminders as they come due (raised, back again, or their snooze ended), once committed.")
            .RequirePermission(PermissionMetadata.AnySignedInUser));
}
