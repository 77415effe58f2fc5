using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Integration;

/// <summary>Paid revenue per owner in the base currency, grouped in SQL, over the whole tenant (the caller decides what to show to whom).</summary>
internal sealed class OrderFigures(ModuleDbContextFactory<OrdersDbContext> contexts) : IOrderFigures
{
    public async Task<IReadOnlyList<OwnerOrderFigures>> PaidAsync(IReadOnlyCollection<string> ownerIds, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        var ids = ownerIds.Distinct(StringComparer.Ordinal).ToList();
        await using var db = contexts.CreateForSystem();
        var rows = await db.Orders
            .Where(o => ids.Contains(o.OwnerId) && o.PaidAt >= from && o.PaidAt < to && o.TotalInBaseScaled != null)
            .GroupBy(o => o.OwnerId)
            .Select(g => new { OwnerId = g.Key, Count = g.Count(), Sum = g.Sum(o => o.TotalInBaseScaled!.Value) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new OwnerOrderFigures(r.OwnerId, r.Count, Scaled.To(r.Sum))).ToList();
    }

    public async Task<IReadOnlyList<CustomerOrderHistory>> HistoryBeforeAsync(IReadOnlyList<CustomerOrderPoint> points, CancellationToken cancellationToken)
    {
        var result = new List<CustomerOrderHistory>();
        await using var db = contexts.CreateForSystem();
        foreach (var page in points.Chunk(100))
        {
            // One UNION ALL of a grouped count per point: one query per page, aggregated in SQL.
            var query = page.Select(p =>
            {
                var (key, customerId, before) = (p.Key, p.CustomerId, p.Before);
                return db.Orders.Where(o => o.CustomerId == customerId && o.ConfirmedAt < before && o.Status != OrderStatus.Cancelled)
                    .GroupBy(o => o.CustomerId)
                    .Select(g => new { Key = key, Count = g.Count(), Sum = g.Sum(o => o.TotalInBaseScaled ?? 0) });
            }).Aggregate((a, b) => a.Concat(b));
            result.AddRange((await query.ToListAsync(cancellationToken)).Select(r => new CustomerOrderHistory(r.Key, r.Count, Scaled.To(r.Sum))));
        }

        return result;
    }
}
