using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Opportunities.Integration;

/// <summary>Won, lost and follow-ups per owner, grouped in SQL, over the whole tenant (the caller decides what to show to whom).</summary>
internal sealed class OpportunityFigures(ModuleDbContextFactory<OpportunitiesDbContext> contexts, IServiceProvider services) : IOpportunityFigures
{
    public async Task<IReadOnlyList<OpportunityIntentFacts>> ClosedIntentFactsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        return await IntentFacts(db, db.Opportunities.Where(o => o.Status != OpportunityStatus.Open), cancellationToken);
    }

    public async Task<IReadOnlyList<OpportunityIntentFacts>> OpenIntentFactsAsync(IReadOnlyCollection<Guid> opportunityIds, CancellationToken cancellationToken)
    {
        var ids = opportunityIds.Distinct().ToList();
        await using var db = contexts.CreateForSystem();
        return await IntentFacts(db, db.Opportunities.Where(o => ids.Contains(o.Id) && o.Status == OpportunityStatus.Open), cancellationToken);
    }

    public async Task<IReadOnlyList<OpportunityIntentFacts>> OpenIntentFactsOfCustomersAsync(IReadOnlyCollection<Guid> customerIds,
        CancellationToken cancellationToken)
    {
        var ids = customerIds.Distinct().ToList();
        await using var db = contexts.Create();
        return await IntentFacts(db, db.Opportunities.Where(o => ids.Contains(o.CustomerId) && o.Status == OpportunityStatus.Open), cancellationToken);
    }

    private static async Task<IReadOnlyList<OpportunityIntentFacts>> IntentFacts(OpportunitiesDbContext db, IQueryable<Opportunity> opportunities,
        CancellationToken cancellationToken)
    {
        var openStages = db.Stages.Where(s => s.Kind == StageKind.Open).Select(s => s.Id);
        var rows = await opportunities
            .Select(o => new
            {
                o.Id,
                o.CustomerId,
                o.OwnerId,
                o.Status,
                o.CreatedAt,
                o.ClosedAt,
                o.AmountInBaseScaled,
                o.Source,
                Stages = db.StageChanges.Count(c => c.OpportunityId == o.Id && openStages.Contains(c.ToStageId)),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new OpportunityIntentFacts(
            r.Id, r.CustomerId, r.OwnerId, r.Status switch { OpportunityStatus.Won => true, OpportunityStatus.Lost => false, _ => null },
            r.CreatedAt, r.ClosedAt, r.AmountInBaseScaled is { } scaled ? Scaled.To(scaled) : null, r.Source, r.Stages)).ToList();
    }

    public async Task<IReadOnlyList<OwnerOpportunityFigures>> ForOwnersAsync(IReadOnlyCollection<string> ownerIds, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        var ids = ownerIds.Distinct(StringComparer.Ordinal).ToList();
        var baseCurrency = services.GetService<IExchangeRates>() is { } rates ? await rates.BaseCurrencyAsync(cancellationToken) : null;
        await using var db = contexts.CreateForSystem();
        var closed = await db.Opportunities
            .Where(o => ids.Contains(o.OwnerId) && o.Status != OpportunityStatus.Open && o.ClosedAt >= from && o.ClosedAt < to)
            .GroupBy(o => o.OwnerId)
            .Select(g => new
            {
                OwnerId = g.Key,
                Won = g.Sum(o => o.Status == OpportunityStatus.Won ? 1 : 0),
                Lost = g.Sum(o => o.Status == OpportunityStatus.Lost ? 1 : 0),
                WonInBase = g.Sum(o => o.Status == OpportunityStatus.Won && o.BaseCurrency == baseCurrency ? o.AmountInBaseScaled ?? 0 : 0),
                Unconverted = g.Sum(o => o.Status == OpportunityStatus.Won && (o.AmountInBaseScaled == null || o.BaseCurrency != baseCurrency) ? 1 : 0),
            })
            .ToListAsync(cancellationToken);
        var followUps = await db.FollowUps
            .Where(f => f.NextFollowUpAt >= from && f.NextFollowUpAt < to)
            .Join(db.Opportunities.Where(o => ids.Contains(o.OwnerId)), f => f.OpportunityId, o => o.Id,
                (f, o) => new { o.OwnerId, f.NextFollowUpAt, f.DoneAt })
            .GroupBy(x => x.OwnerId)
            .Select(g => new { OwnerId = g.Key, Due = g.Count(), OnTime = g.Sum(x => x.DoneAt != null && x.DoneAt <= x.NextFollowUpAt ? 1 : 0) })
            .ToListAsync(cancellationToken);
        return closed.Select(c => c.OwnerId).Union(followUps.Select(f => f.OwnerId), StringComparer.Ordinal)
            .Select(id =>
            {
                var c = closed.FirstOrDefault(x => x.OwnerId == id);
                var f = followUps.FirstOrDefault(x => x.OwnerId == id);
                return new OwnerOpportunityFigures(id, c?.Won ?? 0, c?.Lost ?? 0, Scaled.To(c?.WonInBase ?? 0), c?.Unconverted ?? 0, f?.Due ?? 0,
                    f?.OnTime ?? 0);
            })
            .ToList();
    }
}
