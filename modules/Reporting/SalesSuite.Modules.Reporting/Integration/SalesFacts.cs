using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Integration;

/// <summary>
/// Keeps the sales facts in step with the Orders module's events: a confirmed order adds its lines (on the tenant's
/// local day of confirmation, in the base currency at the order's own rate); a cancelled one takes them out again.
/// Each event is applied once per message (the inbox), so a redelivery changes nothing.
/// </summary>
internal sealed class SalesFacts(ModuleDbContextFactory<ReportingDbContext> contexts, ITenantContext tenant)
    : IIntegrationEventHandler<OrderConfirmed>, IIntegrationEventHandler<OrderCancelled>
{
    public async Task HandleAsync(OrderConfirmed integrationEvent, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "reporting.sales.confirmed", async () =>
        {
            var known = await db.SalesLines.Where(l => l.OrderId == integrationEvent.OrderId).Select(l => l.Id).ToListAsync(cancellationToken);
            var lines = Lines(integrationEvent).Where(l => !known.Contains(l.Id)).ToList();
            db.SalesLines.AddRange(lines);
            await CountAsync(db, lines, +1, cancellationToken);
        }, cancellationToken);
    }

    public async Task HandleAsync(OrderCancelled integrationEvent, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "reporting.sales.cancelled", async () =>
        {
            var lines = await db.SalesLines.AsTracking().Where(l => l.OrderId == integrationEvent.OrderId).ToListAsync(cancellationToken);
            db.SalesLines.RemoveRange(lines);
            await CountAsync(db, lines, -1, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Keeps each rep's day (<see cref="SalesDay"/>) equal to the sum of its lines: <paramref name="lines"/> come in (+1) or go out (−1).</summary>
    private static async Task CountAsync(ReportingDbContext db, List<SalesLine> lines, int sign, CancellationToken cancellationToken)
    {
        foreach (var group in lines.GroupBy(l => (l.OwnerId, l.Day)))
        {
            var (owner, day) = group.Key;
            var sales = await db.SalesDays.AsTracking().FirstOrDefaultAsync(d => d.OwnerId == owner && d.Day == day, cancellationToken);
            if (sales is null)
            {
                if (sign < 0)
                {
                    continue; // lines from before the days were counted: the next rebuild counts them
                }

                sales = SalesDay.Of(owner, day);
                db.SalesDays.Add(sales);
            }

            sales.Apply(group, sign);
            if (sales.IsEmpty)
            {
                db.SalesDays.Remove(sales);
            }
        }
    }

    private IEnumerable<SalesLine> Lines(OrderConfirmed confirmed)
    {
        var day = tenant.Tenant.LocalDay(confirmed.ConfirmedAt);
        var first = true;
        var products = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in confirmed.Lines ?? [])
        {
            var fact = new SalesLine(line.LineId)
            {
                OrderCount = first ? 1 : 0,
                ProductOrderCount = products.Add(line.ProductKey) ? 1 : 0,
                OrderId = confirmed.OrderId,
                CustomerId = confirmed.CustomerId,
                OwnerId = confirmed.OwnerId,
                ProductKey = line.ProductKey,
                ProductName = line.ProductName,
                QuantityScaled = Scaled.From(line.Quantity),
                NetInBaseScaled = Scaled.From(line.NetInBase),
            };
            fact.SetDay(day);
            first = false;
            yield return fact;
        }
    }
}
