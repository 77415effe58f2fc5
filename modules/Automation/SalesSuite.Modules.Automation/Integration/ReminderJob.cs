using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Jobs;

namespace SalesSuite.Modules.Automation.Integration;

/// <summary>
/// Brings every user's reminders in step with the conditions the modules report at the run's <c>Now</c>: a new condition
/// opens a reminder, one that still holds keeps its reminder (and its status: done stays done), one that cleared resolves it,
/// a snooze that ran out opens it again. Keyed by (kind, record, user), so a rerun or a second host changes nothing more.
/// </summary>
internal sealed class ReminderJob(ModuleDbContextFactory<AutomationDbContext> contexts, IEnumerable<IReminderSource> sources) : ITenantJob
{
    public string Name => "automation.reminders";

    public async Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        if (!context.Tenant.IsModuleEnabled(AutomationModule.ModuleName))
        {
            return;
        }

        var now = context.Now;
        await using var db = contexts.CreateForSystem();
        var settings = await db.StallSettings.ToListAsync(cancellationToken);
        var defaultDays = settings.FirstOrDefault(s => s.StageId == Guid.Empty)?.Days ?? StallSetting.DefaultDays;
        var query = new ReminderQuery(now, settings.Where(s => s.StageId != Guid.Empty).ToDictionary(s => s.StageId, s => s.Days), defaultDays);
        var conditions = new Dictionary<(string, Guid, string), ReminderCondition>();
        foreach (var source in sources)
        {
            foreach (var condition in await source.ConditionsAsync(query, cancellationToken))
            {
                conditions.TryAdd((condition.Kind, condition.RecordId, condition.UserId), condition);
            }
        }

        var active = await db.Reminders.AsTracking().Where(r => r.Status != ReminderStatus.Resolved).ToListAsync(cancellationToken);
        var known = active.ToDictionary(r => (r.Kind, r.RecordId, r.UserId));
        var returning = conditions.Keys.Where(k => !known.ContainsKey(k)).Select(k => k.Item2).Distinct().ToList();
        foreach (var chunk in returning.Chunk(500))
        {
            foreach (
                var resolved in await db.Reminders.AsTracking().Where(r => r.Status == ReminderStatus.Resolved && chunk.Contains(r.RecordId))
                    .ToListAsync(cancellationToken))
            {
                known[(resolved.Kind, resolved.RecordId, resolved.UserId)] = resolved;
            }
        }

        foreach (var (key, condition) in conditions)
        {
            if (known.TryGetValue(key, out var reminder))
            {
                var reopened = reminder.Status == ReminderStatus.Resolved;
                reminder.Track(condition);
                if (reopened)
                {
                    Due(db, reminder, now);
                }
            }
            else
            {
                var raised = Reminder.Raise(condition);
                db.Reminders.Add(raised);
                Due(db, raised, now);
            }
        }

        foreach (var reminder in active)
        {
            if (!conditions.ContainsKey((reminder.Kind, reminder.RecordId, reminder.UserId)))
            {
                reminder.Resolve(now);
            }
            else if (reminder.Wake(now))
            {
                Due(db, reminder, now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Tells the user's subscriptions and the tenant's webhooks (reminder.due), through the outbox with this save.</summary>
    private static void Due(AutomationDbContext db, Reminder reminder, DateTimeOffset now) =>
        db.Publish(new ReminderDue(reminder.Id, reminder.UserId, reminder.Kind, reminder.RecordType, reminder.RecordId, reminder.Title, reminder.DueAt, now));
}
