namespace SalesSuite.Modules.Opportunities.Contracts;

/// <summary>
/// An opportunity as it stands after a change, for read models: amount in the base currency at its kept rate (null when it
/// has none), the stage's name and position in the pipeline, status OPEN, WON or LOST. <paramref name="Version"/> orders the states.
/// </summary>
public sealed record OpportunityState(Guid OpportunityId, Guid CustomerId, string OwnerId, Guid StageId, string Stage, int StagePosition, string Status,
    int Probability,
    decimal? AmountInBase, string? BaseCurrency, DateOnly? ExpectedCloseDate, string? Source, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, long Version);
