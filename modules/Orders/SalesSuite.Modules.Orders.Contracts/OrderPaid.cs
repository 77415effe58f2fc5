using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Orders.Contracts;

public sealed record OrderPaid(Guid OrderId, Guid CustomerId, string OwnerId, decimal Total, string Currency, DateTimeOffset PaidAt) : IIntegrationEvent;
