using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.ConfirmOrder;

/// <summary>The draft to confirm. Optionally the version read (then a change since is a CONFLICT).</summary>
internal sealed record ConfirmOrderInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }
}
