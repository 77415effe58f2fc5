using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.RemoveOrderLine;

/// <summary>The line to remove from a draft. Optionally the version read (then a change since is a CONFLICT).</summary>
internal sealed record RemoveOrderLineInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }
}
