using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Integration;

/// <summary>
/// Keeps the opportunity facts, their report measures and the stage entries in step with the Opportunities module's events.
/// A state older than the one kept (by version) is ignored, each stage entry is keyed by its history row, and the way each
/// entry was left is worked out again from the opportunity's whole history on every change: the order of delivery does not matter.
/// </summary>
internal sealed class PipelineFacts(ModuleDbContextFactory<ReportingDbContext> contexts, ITenantContext tenant)
    : IIntegrationEventHandler<OpportunityStageChanged>, IIntegrationEventHandler<OpportunityChanged>
{
    public async Task HandleAsync(OpportunityStageChanged e, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "reporting.opportunity.stage", async () =>
        {
            StageEntry? added = null;
            if (!await db.StageEntries.AnyAsync(s => s.StageChangeId == e.StageChangeId, cancellationToken))
            {
                db.StageEntries.Add(added = new StageEntry(e.StageChangeId)
                {
                    OpportunityId = e.OpportunityId,
                    OwnerId = e.State.OwnerId,
                    CustomerId = e.State.CustomerId,
                    FromStageId = e.FromStageId,
                    StageId = e.ToStageId,
                    Stage = e.ToStage,
                    StagePosition = e.ToStagePosition,
                    Kind = e.ToKind,
                    At = e.At,
                    Day = tenant.Tenant.LocalDay(e.At),
                });
            }

            await ApplyAsync(db, e.State, added, cancellationToken);
        }, cancellationToken);
    }

    public async Task HandleAsync(OpportunityChanged e, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "reporting.opportunity.changed", () => ApplyAsync(db, e.State, null, cancellationToken), cancellationToken);
    }

    private async Task ApplyAsync(ReportingDbContext db, OpportunityState state, StageEntry? added, CancellationToken ct)
    {
        var fact = await db.Opportunities.AsTracking().FirstOrDefaultAsync(o => o.OpportunityId == state.OpportunityId, ct);
        if (fact is null)
        {
            db.Opportunities.Add(fact = new OpportunityFact(state.OpportunityId));
        }

        if (fact.Version <= state.Version)
        {
            Apply(fact, state);
            db.OpportunityMeasures.RemoveRange(await db.OpportunityMeasures.AsTracking().Where(m => m.OpportunityId == fact.OpportunityId).ToListAsync(ct));
            db.OpportunityMeasures.AddRange(Measures(fact));
        }

        var entries = await db.StageEntries.AsTracking().Where(s => s.OpportunityId == fact.OpportunityId).ToListAsync(ct);
        if (added is not null)
        {
            entries.Add(added);
        }

        StageHistory.Link(entries);
        foreach (var entry in entries)
        {
            (entry.OwnerId, entry.CustomerId) = (fact.OwnerId, fact.CustomerId);
        }
    }

    private void Apply(OpportunityFact fact, OpportunityState state)
    {
        fact.CustomerId = state.CustomerId;
        fact.OwnerId = state.OwnerId;
        fact.StageId = state.StageId;
        fact.Stage = state.Stage;
        fact.Status = state.Status;
        fact.Probability = state.Probability;
        fact.HasAmount = state.AmountInBase is not null;
        fact.AmountInBaseScaled = Scaled.From(state.AmountInBase ?? 0m);
        fact.WeightedScaled = state.Status == "OPEN" ? (long)decimal.Round(fact.AmountInBaseScaled * state.Probability / 100m, 0, MidpointRounding.AwayFromZero)
            : 0;
        fact.Source = state.Source;
        fact.CreatedAt = state.CreatedAt;
        fact.CreatedDay = tenant.Tenant.LocalDay(state.CreatedAt);
        fact.ClosedAt = state.Status == "OPEN" ? null : state.ClosedAt;
        fact.ClosedDay = fact.ClosedAt is { } closed ? tenant.Tenant.LocalDay(closed) : null;
        fact.ExpectedCloseDate = state.ExpectedCloseDate;
        fact.CycleMinutes = state.Status == "WON" && fact.ClosedAt is { } won ? StageHistory.Minutes(won - state.CreatedAt) : null;
        fact.Version = state.Version;
    }

    private static IEnumerable<OpportunityMeasure> Measures(OpportunityFact fact)
    {
        OpportunityMeasure On(DateOnly day)
        {
            var measure = new OpportunityMeasure { OpportunityId = fact.OpportunityId, CustomerId = fact.CustomerId, OwnerId = fact.OwnerId };
            measure.SetDay(day);
            return measure;
        }

        var opened = On(fact.CreatedDay);
        opened.Opened = 1;
        yield return opened;
        if (fact.Status == "OPEN")
        {
            var open = On(fact.ExpectedCloseDate ?? fact.CreatedDay);
            (open.PipelineScaled, open.WeightedScaled) = (fact.AmountInBaseScaled, fact.WeightedScaled);
            yield return open;
        }
        else if (fact.ClosedDay is { } day)
        {
            var closed = On(day);
            (closed.Won, closed.Lost, closed.WonScaled) = fact.Status == "WON" ? (1, 0, fact.AmountInBaseScaled) : (0, 1, 0L);
            yield return closed;
        }
    }
}
