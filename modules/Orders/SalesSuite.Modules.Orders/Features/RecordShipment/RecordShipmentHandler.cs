using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Features.RecordShipment;

/// <summary>Records a shipment of a paid order; the one that delivers every line makes it SHIPPED.</summary>
internal sealed class RecordShipmentHandler(ModuleDbContextFactory<OrdersDbContext> contexts, ICurrentUser user, TimeProvider clock)
{
    public async Task<Order> HandleAsync(RecordShipmentInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await db.LoadOrderAsync(GlobalId.Decode(input.OrderId, "Order", "orderId"), input.Version, ct, InputValues.Clean(input.OrderId));
        var items = input.Lines.Select((item, i) => (GlobalId.Decode(item.LineId, "OrderLine", $"lines[{i}].lineId"), item.Quantity ?? 0m)).ToList();
        var now = clock.GetUtcNow();
        var wasShipped = order.Status == OrderStatus.Shipped;
        db.Shipments.Add(order.Ship(items, now, input.Reference, user.UserIdOrThrow));
        db.Touch(order);
        if (!wasShipped && order.Status == OrderStatus.Shipped)
        {
            db.Publish(OrderEvents.Shipped(order, now));
        }

        await db.SaveChangesAsync(ct);
        return order;
    }
}
