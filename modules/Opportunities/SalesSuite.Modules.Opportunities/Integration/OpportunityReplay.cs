using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Opportunities.Integration;

/// <summary>Re-tells every opportunity's stage history, each entry with the opportunity as it stands now, for read models rebuilt from scratch.</summary>
internal sealed class OpportunityReplay(ModuleDbContextFactory<OpportunitiesDbContext> contexts) : IEventReplaySource
{
    private const int PageSize = 500;

    public string ModuleName => "Opportunities";

    public async IAsyncEnumerable<IIntegrationEvent> ReplayAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Dictionary<Guid, PipelineStage> stages;
        await using (var db = contexts.CreateForSystem())
        {
            stages = await db.Stages.ToDictionaryAsync(s => s.Id, cancellationToken);
        }

        for (var skip = 0; ; skip += PageSize)
        {
            await using var db = contexts.CreateForSystem();
            var page = await db.Opportunities.OrderBy(o => o.Id).Skip(skip).Take(PageSize).ToListAsync(cancellationToken);
            var ids = page.Select(o => o.Id).ToList();
            var history = (await db.StageChanges.Where(c => ids.Contains(c.OpportunityId)).ToListAsync(cancellationToken))
                .OrderBy(c => c.At).ThenBy(c => c.Id).ToLookup(c => c.OpportunityId);
            foreach (var opportunity in page)
            {
                var state = OpportunityEvents.State(opportunity, stages[opportunity.StageId]);
                foreach (var change in history[opportunity.Id])
                {
                    yield return OpportunityEvents.StageChanged(change, stages[change.ToStageId], state);
                }
            }

            if (page.Count < PageSize)
            {
                yield break;
            }
        }
    }
}
