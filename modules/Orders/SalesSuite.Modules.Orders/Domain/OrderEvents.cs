using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Orders.Domain;

/// <summary>The integration events of an order, built in one place for the commands that publish them and for the replay.</summary>
internal static class OrderEvents
{
    public static OrderConfirmed Confirmed(Order order) =>
        new(order.Id, order.Number!, order.CustomerId, order.OpportunityId, order.OwnerId, order.Total, order.Currency, order.ConfirmedAt!.Value,
            order.BaseCurrency ?? string.Empty, order.TotalInBase ?? 0m,
            order.Lines.OrderBy(l => l.Position)
                .Select(l => new OrderLineFigures(l.Id, l.Sku ?? l.Description, l.Description, l.Quantity, l.NetInBaseScaled is { } net ? Scaled.To(net) : 0m))
                .ToList());

    public static OrderPaid Paid(Order order, DateTimeOffset at) => new(order.Id, order.CustomerId, order.OwnerId, order.Total, order.Currency, at);

    public static OrderCancelled Cancelled(Order order, DateTimeOffset at) => new(order.Id, order.CustomerId, order.OwnerId, at);
}

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
