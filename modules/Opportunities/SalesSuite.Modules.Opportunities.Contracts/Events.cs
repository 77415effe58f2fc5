using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Opportunities.Contracts;

public sealed record OpportunityCreated(Guid OpportunityId, Guid CustomerId, string OwnerId, DateTimeOffset CreatedAt) : IIntegrationEvent;

/// <summary>An opportunity was won; <paramref name="AmountInBase"/> is its amount in <paramref name="BaseCurrency"/> at the rate of its registration day (null only for unconverted old rows).</summary>
public sealed record OpportunityWon(Guid OpportunityId, Guid CustomerId, string OwnerId, decimal Amount, string Currency, DateTimeOffset WonAt, decimal? AmountInBase = null, string? BaseCurrency = null) : IIntegrationEvent;

public sealed record OpportunityLost(Guid OpportunityId, Guid CustomerId, string OwnerId, string Reason, DateTimeOffset LostAt) : IIntegrationEvent;

/// <summary>
/// An opportunity as it stands after a change, for read models: amount in the base currency at its kept rate (null when it
/// has none), the stage's name and position in the pipeline, status OPEN, WON or LOST. <paramref name="Version"/> orders the states.
/// </summary>
public sealed record OpportunityState(Guid OpportunityId, Guid CustomerId, string OwnerId, Guid StageId, string Stage, int StagePosition, string Status, int Probability,
    decimal? AmountInBase, string? BaseCurrency, DateOnly? ExpectedCloseDate, string? Source, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, long Version);

/// <summary>
/// An opportunity entered a stage: when created (<paramref name="FromStageId"/> null), moved, won, lost or reopened. One per
/// entry of its stage history (<paramref name="StageChangeId"/>); <paramref name="ToKind"/> is OPEN, WON or LOST.
/// </summary>
public sealed record OpportunityStageChanged(Guid StageChangeId, Guid OpportunityId, Guid? FromStageId, Guid ToStageId, string ToStage, int ToStagePosition, string ToKind,
    DateTimeOffset At, OpportunityState State) : IIntegrationEvent;

/// <summary>An opportunity's amount, currency, probability, expected close date, source, customer or owner changed (stage moves are <see cref="OpportunityStageChanged"/>).</summary>
public sealed record OpportunityChanged(OpportunityState State, DateTimeOffset At) : IIntegrationEvent;
