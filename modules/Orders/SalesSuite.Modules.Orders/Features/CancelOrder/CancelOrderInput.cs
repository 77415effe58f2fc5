using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.CancelOrder;

/// <summary>The draft or unpaid confirmed order to cancel. Optionally the version read (then a change since is a CONFLICT).</summary>
internal sealed record CancelOrderInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }
}
