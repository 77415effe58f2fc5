using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Orders.Integration;

/// <summary>Re-tells every confirmed order as its events (confirmed, then paid or cancelled), for read models rebuilt from scratch.</summary>
internal sealed class OrderReplay(ModuleDbContextFactory<OrdersDbContext> contexts) : IEventReplaySource
{
    private const int PageSize = 500;

    public string ModuleName => "Orders";

    public async IAsyncEnumerable<IIntegrationEvent> ReplayAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var skip = 0; ; skip += PageSize)
        {
            await using var db = contexts.CreateForSystem();
            var page = await db.Orders.Include(o => o.Lines).Where(o => o.ConfirmedAt != null)
                .OrderBy(o => o.Id).Skip(skip).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var order in page)
            {
                yield return OrderEvents.Confirmed(order);
                if (order.PaidAt is { } paidAt)
                {
                    yield return OrderEvents.Paid(order, paidAt);
                }

                if (order.Status == OrderStatus.Cancelled)
                {
                    // Only unpaid orders can be cancelled, and a cancelled order changes no more: its last change is the cancellation.
                    yield return OrderEvents.Cancelled(order, order.UpdatedAt);
                }
            }

            if (page.Count < PageSize)
            {
                yield break;
            }
        }
    }
}
