using SalesSuite.Modules.Orders.Api;

namespace SalesSuite.Modules.Orders.Features.CreateOrder;

/// <summary>A draft order for a customer: ids as sent (<see cref="OpportunityId"/> null when left out or blank), texts trimmed.</summary>
internal sealed record CreateOrderInput
{
    public string? CustomerId { get; init; }

    public string? OpportunityId { get; init; }

    public string? Currency { get; init; }

    public string? OwnerId { get; init; }

    public string? Notes { get; init; }

    public IReadOnlyList<OrderLineInput> Lines { get; init; } = [];
}
