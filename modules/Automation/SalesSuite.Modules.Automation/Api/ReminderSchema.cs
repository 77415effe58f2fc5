using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Api;

/// <summary>The caller's own reminder inbox.</summary>
internal static class ReminderSchema
{
    private static readonly QuerySpec<Reminder> Spec = new QuerySpec<Reminder>("Reminder", r => r.Id)
        .Field("kind", r => r.Kind)
        .Field("dueAt", r => r.DueAt);

    public static ReminderStatus EffectiveStatus(Reminder reminder, DateTimeOffset now) =>
        reminder.Status == ReminderStatus.Snoozed && reminder.SnoozedUntil <= now ? ReminderStatus.Open : reminder.Status;

    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<ReminderStatusGraphType>();
        slice.AddType<ReminderGraphType>();
        slice.AddQueryField(Fields.CreateWith<ICurrentUser, TimeProvider>("reminders", new NonNullGraphType(ConnectionTypes.For(slice, "Reminder")), async (ctx, currentUser, clock) =>
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
            return await Spec.ToConnectionAsync(query, ctx, q => q.OrderBy(r => r.DueAt));
        }, "Your own reminders with the given status (default OPEN), earliest due first.",
            Spec.Arguments(slice, new QueryArgument(new GraphQLTypeReference("ReminderStatus")) { Name = "status", DefaultValue = ReminderStatus.Open })).RequirePermission(PermissionMetadata.AnySignedInUser));

        var payload = SchemaBuilders.Payload("ReminderPayload", ("reminder", "Reminder"));
        slice.AddMutation<ReminderCommands>("completeReminder", SchemaBuilders.Input("CompleteReminderInput", "Your reminder to mark done.", ("id", new NonNullGraphType(new IdGraphType()))),
            payload, "Marks one of your reminders done; it stays done while its condition lasts.", (c, i, ct) => SchemaBuilders.Payload("reminder", c.CompleteAsync(i, ct)))
            .RequirePermission(PermissionMetadata.AnySignedInUser);
        slice.AddMutation<ReminderCommands>("snoozeReminder", SchemaBuilders.Input("SnoozeReminderInput", "Your reminder and when it should open again.",
            ("id", new NonNullGraphType(new IdGraphType())), ("until", new NonNullGraphType(new DateTimeOffsetGraphType()))),
            payload, "Hides one of your reminders until a later time.", (c, i, ct) => SchemaBuilders.Payload("reminder", c.SnoozeAsync(i, ct)))
            .RequirePermission(PermissionMetadata.AnySignedInUser);
    }
}
