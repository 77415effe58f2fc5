using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>The shipment that delivered an order's last line was recorded: the order is shipped.</summary>
public sealed record OrderShipped(Guid OrderId, Guid CustomerId, string OwnerId, DateTimeOffset ShippedAt) : IIntegrationEvent;
