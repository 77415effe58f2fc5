using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Automation.Api;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Features.ListReminders;

/// <summary>The caller's own reminder inbox, by status.</summary>
internal static class ListRemindersField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.CreateWith<ICurrentUser, TimeProvider>(
            "reminders",
            new NonNullGraphType(ConnectionTypes.For(slice, "Reminder")),
            async (ctx, currentUser, clock) =>
            {
                var me = currentUser.UserIdOrThrow;
                var now = clock.GetUtcNow();
                var status = ctx.GetArgument("status", ReminderStatus.Open);
                await using var db = ctx.Db<AutomationDbContext>();
                var query = db.Reminders.Where(r => r.UserId == me);
                query = status switch
                {
                    ReminderStatus.Open => query.Where(r => r.Status == ReminderStatus.Open || (r.Status == ReminderStatus.Snoozed && r.SnoozedUntil <= now)),
                    ReminderStatus.Snoozed => query.Where(r => r.Status == ReminderStatus.Snoozed && r.SnoozedUntil > now),
                    _ => query.Where(r => r.Status == status),
                };
                return await ReminderSchema.Spec.ToConnectionAsync(query, ctx, q => q.OrderBy(r => r.DueAt));
            },
            "Your own reminders with the given status (default OPEN), earliest due first.",
            ReminderSchema.Spec.Arguments(
                slice,
                new QueryArgument(new GraphQLTypeReference("ReminderStatus")) { Name = "status", DefaultValue = ReminderStatus.Open }))
            .RequirePermission(PermissionMetadata.AnySignedInUser));
}
