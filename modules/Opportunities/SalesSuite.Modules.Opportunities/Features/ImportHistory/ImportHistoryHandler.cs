using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Opportunities.Features.ImportHistory;

/// <summary>Writes imported opportunities with their stage history and dates (<see cref="IOpportunityHistoryImport"/>).</summary>
internal sealed class ImportHistoryHandler(ModuleDbContextFactory<OpportunitiesDbContext> contexts) : IOpportunityHistoryImport
{
    public async Task<int> ImportAsync(IReadOnlyList<OpportunityHistoryRecord> opportunities, CancellationToken cancellationToken)
    {
        List<PipelineStage> stages;
        HashSet<Guid> existing;
        await using (var db = contexts.CreateForSystem())
        {
            stages = await db.Stages.Where(s => s.Active).ToListAsync(cancellationToken);
            var ids = opportunities.Select(o => o.Id).ToList();
            existing = [.. await db.Opportunities.Where(o => ids.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken)];
        }

        var added = opportunities.Where(o => !existing.Contains(o.Id)).ToList();
        await DatedImport.SaveAsync(contexts, added.Select(record => (record.RecordedAt, Add(record, stages))), cancellationToken);
        return added.Count;
    }

    private static Action<OpportunitiesDbContext> Add(OpportunityHistoryRecord record, List<PipelineStage> stages)
    {
        var first = record.Steps[0];
        var opportunity = DatedImport.WithId(Opportunity.Register(record.CustomerId, StageAt(stages, first.StagePosition), new OpportunityDetails
        {
            Title = record.Title,
            Requirement = new(record.Requirement),
            Amount = record.Amount,
            Currency = record.Currency,
            ExpectedCloseDate = new(record.ExpectedCloseDate),
            Source = new(record.Source),
        }, first.At), record.Id);
        opportunity.ConvertAt(record.RateToBase, record.BaseCurrency);
        var (entered, assigned) = opportunity.Open(record.OwnerId, record.OwnerId, "created");
        List<StageChange> changes = [entered];
        changes.AddRange(record.Steps.Skip(1).Select(step => opportunity.MoveTo(StageAt(stages, step.StagePosition), record.OwnerId, step.At, step.Reason)));
        return db =>
        {
            db.Opportunities.Add(opportunity);
            db.Assignments.Add(assigned);
            db.StageChanges.AddRange(changes);
        };
    }

    private static PipelineStage StageAt(List<PipelineStage> stages, int position) =>
        stages.FirstOrDefault(s => s.Position == position)
        ?? throw new InvalidOperationException($"The tenant's pipeline has no active stage at position {position} for an imported opportunity.");
}
