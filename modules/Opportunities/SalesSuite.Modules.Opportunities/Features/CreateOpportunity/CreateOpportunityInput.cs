using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Opportunities.Features.CreateOpportunity;

/// <summary>A new opportunity: ids as sent, texts trimmed; a detail left out takes its default, one sent as null is read as sent.</summary>
internal sealed record CreateOpportunityInput
{
    public string? CustomerId { get; init; }

    public string? Title { get; init; }

    public Optional<string?> Requirement { get; init; }

    public Optional<decimal?> Amount { get; init; }

    public Optional<string?> Currency { get; init; }

    public Optional<DateOnly?> ExpectedCloseDate { get; init; }

    public Optional<int?> Probability { get; init; }

    public Optional<string?> Source { get; init; }

    public string? OwnerId { get; init; }

    public string? StageId { get; init; }
}
