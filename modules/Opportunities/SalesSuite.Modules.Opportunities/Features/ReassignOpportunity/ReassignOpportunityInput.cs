using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Features.ReassignOpportunity;

/// <summary>The opportunity, its new owner and why.</summary>
internal sealed record ReassignOpportunityInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }

    public string? OwnerId { get; init; }

    public string? Reason { get; init; }
}
