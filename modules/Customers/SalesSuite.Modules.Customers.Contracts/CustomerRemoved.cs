using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>A customer was deleted (e.g. an import reverted).</summary>
public sealed record CustomerRemoved(Guid CustomerId, DateTimeOffset At) : IIntegrationEvent;
