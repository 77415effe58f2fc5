using SalesSuite.Modules.Automation.Domain;
using SalesSuite.Modules.Automation.Features.CompleteReminder;
using SalesSuite.Modules.Automation.Features.ListReminders;
using SalesSuite.Modules.Automation.Features.ReminderDue;
using SalesSuite.Modules.Automation.Features.SnoozeReminder;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Automation.Api;

/// <summary>The caller's own reminder inbox: its types, and its features in schema order.</summary>
internal static class ReminderSchema
{
    public static readonly QuerySpec<Reminder> Spec = new QuerySpec<Reminder>("Reminder", r => r.Id)
        .Field("kind", r => r.Kind)
        .Field("dueAt", r => r.DueAt);

    public static ReminderStatus EffectiveStatus(Reminder reminder, DateTimeOffset now) =>
        reminder.Status == ReminderStatus.Snoozed && reminder.SnoozedUntil <= now ? ReminderStatus.Open : reminder.Status;

    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<ReminderStatusGraphType>();
        slice.AddType<ReminderGraphType>();
        ListRemindersField.Register(slice);
        ReminderDueField.Register(slice);

        var payload = SchemaBuilders.Payload("ReminderPayload", ("reminder", "Reminder"));
        CompleteReminderField.Register(slice, payload);
        SnoozeReminderField.Register(slice, payload);
    }
}
