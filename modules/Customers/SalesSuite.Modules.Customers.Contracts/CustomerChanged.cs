using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>
/// A customer was registered or changed what reports group by (name, level, source, region, owner, archived); published by
/// every save that does so, whichever command made it. <paramref name="Version"/> orders the changes of one customer.
/// </summary>
public sealed record CustomerChanged(Guid CustomerId, string Name, string? Level, string? Source, string? Region, string OwnerId, bool Archived, long Version,
    DateTimeOffset At)
    : IIntegrationEvent;
