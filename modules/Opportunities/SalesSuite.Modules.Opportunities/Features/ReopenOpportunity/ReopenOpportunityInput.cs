using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Features.ReopenOpportunity;

/// <summary>A won or lost opportunity to reopen.</summary>
internal sealed record ReopenOpportunityInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }
}
