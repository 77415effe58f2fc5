using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Opportunities.Features.UpdateOpportunity;

/// <summary>Changes to an opportunity: a field left out stays as it is; one sent as null is read as sent.</summary>
internal sealed record UpdateOpportunityInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }

    public Optional<string?> Title { get; init; }

    public Optional<string?> Requirement { get; init; }

    public Optional<decimal?> Amount { get; init; }

    public Optional<string?> Currency { get; init; }

    public Optional<DateOnly?> ExpectedCloseDate { get; init; }

    public Optional<int?> Probability { get; init; }

    public Optional<string?> Source { get; init; }
}
