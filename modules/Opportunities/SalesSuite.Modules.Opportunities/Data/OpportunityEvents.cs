using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Opportunities.Data;

/// <summary>The opportunity's read-model events, built in one place for the saves that publish them and for the replay.</summary>
internal static class OpportunityEvents
{
    /// <summary>The properties whose change (without a stage move) is published as <see cref="OpportunityChanged"/>.</summary>
    public static readonly string[] Reported =
    [
        nameof(Opportunity.AmountScaled), nameof(Opportunity.AmountInBaseScaled), nameof(Opportunity.BaseCurrency), nameof(Opportunity.Probability),
        nameof(Opportunity.ExpectedCloseDate), nameof(Opportunity.Source), nameof(Opportunity.OwnerId), nameof(Opportunity.CustomerId),
    ];

    public static OpportunityState State(Opportunity o, PipelineStage stage) =>
        new(o.Id, o.CustomerId, o.OwnerId, o.StageId, stage.Name, stage.Position, o.Status.ToString().ToUpperInvariant(), o.Probability,
            o.AmountInBase, o.BaseCurrency, o.ExpectedCloseDate, o.Source, o.CreatedAt, o.ClosedAt, o.Version);

    public static OpportunityStageChanged StageChanged(StageChange change, PipelineStage to, OpportunityState state) =>
        new(change.Id, change.OpportunityId, change.FromStageId, to.Id, to.Name, to.Position, to.Kind.ToString().ToUpperInvariant(), change.At, state);

    /// <summary>The events of one save: a stage entry per new history row, else the new state when a reported property changed.</summary>
    public static async Task PublishAsync(OpportunitiesDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var changes = db.ChangeTracker.Entries<StageChange>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var moved = changes.Select(c => c.OpportunityId).ToHashSet();
        var opportunities = db.ChangeTracker.Entries<Opportunity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified && (moved.Contains(e.Entity.Id) || ModuleDbContext.Changed(e, Reported)))
            .Select(e => e.Entity).ToDictionary(o => o.Id);
        if (opportunities.Count == 0)
        {
            return;
        }

        var stageIds = opportunities.Values.Select(o => o.StageId).Concat(changes.Select(c => c.ToStageId)).Distinct().ToList();
        // Stages added in the same save (the demo seed) are not in the database yet.
        var stages = db.ChangeTracker.Entries<PipelineStage>().Select(e => e.Entity).Where(s => stageIds.Contains(s.Id)).ToDictionary(s => s.Id);
        var stored = stageIds.Except(stages.Keys).ToList();
        foreach (var stage in await db.Stages.Where(s => stored.Contains(s.Id)).ToListAsync(ct))
        {
            stages[stage.Id] = stage;
        }

        foreach (var change in changes)
        {
            if (opportunities.TryGetValue(change.OpportunityId, out var opportunity) && stages.TryGetValue(change.ToStageId, out var to) && stages
                .TryGetValue(opportunity.StageId, out var current))
            {
                db.Publish(StageChanged(change, to, State(opportunity, current)));
            }
        }

        foreach (var opportunity in opportunities.Values.Where(o => !moved.Contains(o.Id)))
        {
            if (stages.TryGetValue(opportunity.StageId, out var stage))
            {
                db.Publish(new OpportunityChanged(State(opportunity, stage), now));
            }
        }
    }
}
