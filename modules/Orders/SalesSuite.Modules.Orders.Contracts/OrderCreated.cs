using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>A draft order was created for a customer.</summary>
public sealed record OrderCreated(Guid OrderId, Guid CustomerId, Guid? OpportunityId, string OwnerId, string Currency, DateTimeOffset CreatedAt)
    : IIntegrationEvent;
