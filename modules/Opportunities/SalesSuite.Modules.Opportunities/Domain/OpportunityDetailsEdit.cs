using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Opportunities.Domain;

/// <summary>
/// The details a user sends for an opportunity (title apart, which creation and update read differently), each one left out
/// (<see cref="Optional{T}.Unset"/>, kept) or sent, null included. <see cref="ToDetails"/> says what a detail sent as null means.
/// </summary>
internal sealed record OpportunityDetailsEdit
{
    public Optional<string?> Requirement { get; init; }

    public Optional<decimal?> Amount { get; init; }

    public Optional<string?> Currency { get; init; }

    public Optional<DateOnly?> ExpectedCloseDate { get; init; }

    public Optional<int?> Probability { get; init; }

    public Optional<string?> Source { get; init; }

    /// <summary>
    /// The details to apply: a detail left out stays as it is; sent as null, the requirement, expected close date and source are
    /// cleared, the amount and probability become 0 and the currency an empty code (which the opportunity's rules refuse).
    /// </summary>
    public OpportunityDetails ToDetails() => new()
    {
        Requirement = Requirement.HasValue ? new(Requirement.Value) : null,
        Amount = Amount.HasValue ? Amount.Value ?? 0m : null,
        Currency = Currency.HasValue ? Currency.Value ?? string.Empty : null,
        ExpectedCloseDate = ExpectedCloseDate.HasValue ? new(ExpectedCloseDate.Value) : null,
        Probability = Probability.HasValue ? Probability.Value ?? 0 : null,
        Source = Source.HasValue ? new(Source.Value) : null,
    };
}
