using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Opportunities.Contracts;

/// <summary>An opportunity's amount, currency, probability, expected close date, source, customer or owner changed (stage moves are
/// <see cref="OpportunityStageChanged"/>).</summary>
public sealed record OpportunityChanged(OpportunityState State, DateTimeOffset At) : IIntegrationEvent;
