using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Opportunities.Domain;

/// <summary>
/// The details of an opportunity a user edits. A detail left null stays as it is; the ones that can be cleared (requirement,
/// expected close date, source) change through a <see cref="Change{T}"/>, whose value may be null.
/// </summary>
internal sealed record OpportunityDetails
{
    public string? Title { get; init; }

    public Change<string?>? Requirement { get; init; }

    public decimal? Amount { get; init; }

    /// <summary>An ISO 4217 code, in any case.</summary>
    public string? Currency { get; init; }

    public Change<DateOnly?>? ExpectedCloseDate { get; init; }

    public int? Probability { get; init; }

    public Change<string?>? Source { get; init; }
}
