using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.RecordPayment;

/// <summary>A payment received for an order (partial or full), in the order's currency.</summary>
internal sealed record RecordPaymentInput : IVersionedInput
{
    public string? OrderId { get; init; }

    public long? Version { get; init; }

    public decimal? Amount { get; init; }

    public string? Reference { get; init; }
}
