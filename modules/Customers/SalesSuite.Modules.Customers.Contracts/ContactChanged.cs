using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>
/// A customer's contact was added, changed or removed (<paramref name="Change"/>: <c>created</c>, <c>updated</c>, <c>deleted</c>). Phone and
/// email are left out: roles may be denied them.
/// </summary>
public sealed record ContactChanged(Guid ContactId, Guid CustomerId, string Change, string Name, string? Title, bool IsPrimary, DateTimeOffset At)
    : IIntegrationEvent;
