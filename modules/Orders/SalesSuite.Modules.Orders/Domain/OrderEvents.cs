using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.SharedKernel.Data;

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

    public static OrderCreated Created(Order order, DateTimeOffset at) =>
        new(order.Id, order.CustomerId, order.OpportunityId, order.OwnerId, order.Currency, at);

    public static OrderShipped Shipped(Order order, DateTimeOffset at) => new(order.Id, order.CustomerId, order.OwnerId, at);
}
