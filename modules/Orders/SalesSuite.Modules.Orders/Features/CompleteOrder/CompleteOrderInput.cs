using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.CompleteOrder;

/// <summary>The shipped order to complete. Optionally the version read (then a change since is a CONFLICT).</summary>
internal sealed record CompleteOrderInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }
}
