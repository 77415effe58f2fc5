using SalesSuite.Modules.Orders.Api;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.AddOrderLine;

/// <summary>A line to add to a draft order: the order, optionally the version read, and the line's own fields.</summary>
internal sealed record AddOrderLineInput : IVersionedInput
{
    public string? OrderId { get; init; }

    public long? Version { get; init; }

    public OrderLineInput Line { get; init; } = new();
}
