using SalesSuite.Modules.Customers.Domain;

namespace SalesSuite.Modules.Customers.Features.LogInteraction;

/// <summary>A call, visit, email or note to add to a customer's timeline.</summary>
internal sealed record LogInteractionInput
{
    public string? CustomerId { get; init; }

    public InteractionKind Kind { get; init; }

    public string? Subject { get; init; }

    public string? Notes { get; init; }

    public DateTimeOffset? OccurredAt { get; init; }

    public DateTimeOffset? NextFollowUpAt { get; init; }
}
