using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Opportunities.Integration;

/// <summary>Open load per owner and the open stages (assignment rules), follow-ups due and stalled opportunities (reminders); counted in SQL over the whole
/// tenant.</summary>
internal sealed class OpportunityWorkload(ModuleDbContextFactory<OpportunitiesDbContext> contexts) : IOpportunityWorkload, IReminderSource
{
    public async Task<IReadOnlyDictionary<string, int>> OpenCountsAsync(IReadOnlyCollection<string> ownerIds, CancellationToken cancellationToken)
    {
        var ids = ownerIds.Distinct(StringComparer.Ordinal).ToList();
        await using var db = contexts.CreateForSystem();
        var counts = await db.Opportunities.Where(o => o.Status == OpportunityStatus.Open && ids.Contains(o.OwnerId))
            .GroupBy(o => o.OwnerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return ids.ToDictionary(id => id, id => counts.GetValueOrDefault(id), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<OpenStage>> OpenStagesAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        return await db.Stages.Where(s => s.Active && s.Kind == StageKind.Open).OrderBy(s => s.Position)
            .Select(s => new OpenStage(s.Id, s.Name)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReminderCondition>> ConditionsAsync(ReminderQuery query, CancellationToken cancellationToken)
    {
        var now = query.Now;
        await using var db = contexts.CreateForSystem();
        var result = await db.FollowUps.Where(f => f.NextFollowUpAt <= now && f.DoneAt == null)
            .Join(db.Opportunities.Where(o => o.Status == OpportunityStatus.Open), f => f.OpportunityId, o => o.Id,
                (f, o) => new { f.Id, o.OwnerId, o.Title, f.Note, Due = f.NextFollowUpAt!.Value })
            .Select(x => new ReminderCondition(ReminderKinds.FollowUp, x.Id, "OpportunityFollowUp", x.OwnerId, "Follow up on " + x.Title + ": " + x.Note,
                x.Due))
            .ToListAsync(cancellationToken);
        // One query with the loosest stage's threshold; each stage's own number of days is then applied to those few rows.
        var stages = (await db.Stages.Where(s => s.Kind == StageKind.Open).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => (s.Name, Days: query.StallDays.TryGetValue(s.Id, out var d) ? d : query.DefaultStallDays));
        if (stages.Count == 0)
        {
            return result;
        }

        var enteredBefore = now.AddDays(-stages.Values.Min(s => s.Days));
        var candidates = await db.Opportunities
            .Where(o => o.Status == OpportunityStatus.Open && o.StageEnteredAt <= enteredBefore)
            .Select(o => new { o.Id, o.OwnerId, o.Title, o.StageId, o.StageEnteredAt })
            .ToListAsync(cancellationToken);
        foreach (var o in candidates)
        {
            if (stages.TryGetValue(o.StageId, out var stage) && o.StageEnteredAt <= now.AddDays(-stage.Days))
            {
                result.Add(new ReminderCondition(ReminderKinds.Stalled, o.Id, "Opportunity", o.OwnerId,
                    $"{o.Title} has been in {stage.Name} for more than {stage.Days} days", o.StageEnteredAt.AddDays(stage.Days)));
            }
        }

        return result;
    }
}
