using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.RecordShipment;

/// <summary>What left the warehouse for an order (partial or full): lines and quantities.</summary>
internal sealed record RecordShipmentInput : IVersionedInput
{
    public string? OrderId { get; init; }

    public long? Version { get; init; }

    public IReadOnlyList<RecordShipmentLineInput> Lines { get; init; } = [];

    public string? Reference { get; init; }
}
