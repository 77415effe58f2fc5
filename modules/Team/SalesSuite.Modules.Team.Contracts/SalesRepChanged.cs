using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Team.Contracts;

/// <summary>A sales rep was added or changed team, territory, manager, name or active state. <paramref name="Version"/> orders the changes of one
/// rep.</summary>
public sealed record SalesRepChanged(string UserId, string Name, Guid? TeamId, string? Territory, string? ManagerUserId, bool Active, long Version,
    DateTimeOffset At)
    : IIntegrationEvent;
