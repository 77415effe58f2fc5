namespace SalesSuite.Modules.Opportunities.Contracts;

/// <summary>
/// An imported opportunity: registered in its first step's stage at that step's time and owned by <see cref="OwnerId"/> from
/// then on, then moved through the other steps. <see cref="RecordedAt"/> is when it was entered (its created and updated stamps).
/// </summary>
public sealed record OpportunityHistoryRecord
{
    public required Guid Id { get; init; }

    public required Guid CustomerId { get; init; }

    public required string OwnerId { get; init; }

    public required string Title { get; init; }

    public string? Requirement { get; init; }

    public required decimal Amount { get; init; }

    public required string Currency { get; init; }

    /// <summary>Units of <see cref="BaseCurrency"/> per unit of <see cref="Currency"/> on its registration day; null leaves it unconverted.</summary>
    public decimal? RateToBase { get; init; }

    public string? BaseCurrency { get; init; }

    public DateOnly? ExpectedCloseDate { get; init; }

    public string? Source { get; init; }

    /// <summary>At least one: the first is its registration.</summary>
    public required IReadOnlyList<OpportunityStepRecord> Steps { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}
