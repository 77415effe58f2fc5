using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>A confirmed (unpaid) order was cancelled: its revenue no longer counts.</summary>
public sealed record OrderCancelled(Guid OrderId, Guid CustomerId, string OwnerId, DateTimeOffset CancelledAt) : IIntegrationEvent;
