using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Team.Contracts;

/// <summary>A sales team was created or renamed.</summary>
public sealed record SalesTeamChanged(Guid TeamId, string Name, long Version, DateTimeOffset At) : IIntegrationEvent;
