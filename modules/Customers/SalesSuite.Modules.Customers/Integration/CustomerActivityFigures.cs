using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Customers.Integration;

/// <summary>Calls and follow-ups per user, grouped in SQL, over the whole tenant (the caller decides what to show to whom).</summary>
internal sealed class CustomerActivityFigures(ModuleDbContextFactory<CustomersDbContext> contexts) : ICustomerActivityFigures
{
    public async Task<IReadOnlyList<UserActivityFigures>> ForUsersAsync(IReadOnlyCollection<string> userIds, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        await using var db = contexts.CreateForSystem();
        var calls = await db.Interactions
            .Where(i => i.Kind == InteractionKind.Call && ids.Contains(i.CreatedBy) && i.OccurredAt >= from && i.OccurredAt < to)
            .GroupBy(i => i.CreatedBy)
            .Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var followUps = await db.Interactions
            .Where(i => i.NextFollowUpAt >= from && i.NextFollowUpAt < to)
            .Join(db.Customers.Where(c => ids.Contains(c.OwnerId)), i => i.CustomerId, c => c.Id,
                (i, c) => new { c.OwnerId, i.NextFollowUpAt, i.FollowUpDoneAt })
            .GroupBy(x => x.OwnerId)
            .Select(g => new { UserId = g.Key, Due = g.Count(), OnTime = g.Sum(x => x.FollowUpDoneAt != null && x.FollowUpDoneAt <= x.NextFollowUpAt ? 1 : 0) })
            .ToListAsync(cancellationToken);
        return calls.Select(c => c.UserId).Union(followUps.Select(f => f.UserId), StringComparer.Ordinal)
            .Select(id => new UserActivityFigures(
                id,
                calls.FirstOrDefault(c => c.UserId == id)?.Count ?? 0,
                followUps.FirstOrDefault(f => f.UserId == id)?.Due ?? 0,
                followUps.FirstOrDefault(f => f.UserId == id)?.OnTime ?? 0))
            .ToList();
    }

    public async Task<IReadOnlyList<InteractionWindowFigures>> InteractionsInAsync(IReadOnlyList<InteractionWindow> windows,
        CancellationToken cancellationToken)
    {
        var result = new List<InteractionWindowFigures>();
        await using var db = contexts.CreateForSystem();
        foreach (var page in windows.Chunk(WindowsPerQuery))
        {
            // One UNION ALL of a grouped count per window: one query per page, aggregated in SQL.
            var query = page.Select(w =>
            {
                var (key, customerId, from, to, recent) = (w.Key, w.CustomerId, w.From, w.To, w.To.AddDays(-14));
                return db.Interactions.Where(i => i.CustomerId == customerId && i.OccurredAt >= from && i.OccurredAt < to)
                    .GroupBy(i => i.CustomerId)
                    .Select(g => new { Key = key, Count = g.Count(), Recent = g.Sum(i => i.OccurredAt >= recent ? 1 : 0) });
            }).Aggregate((a, b) => a.Concat(b));
            result.AddRange((await query.ToListAsync(cancellationToken)).Select(r => new InteractionWindowFigures(r.Key, r.Count, r.Recent)));
        }

        return result;
    }

    private const int WindowsPerQuery = 100;
}
