using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Team.Features.UpdateSalesRep;

/// <summary>Changes to a rep's profile; fields left out stay as they are.</summary>
internal sealed record UpdateSalesRepInput : IVersionedInput
{
    public string? UserId { get; init; }

    public long? Version { get; init; }

    public Optional<string?> Name { get; init; }

    public Optional<string?> Email { get; init; }

    public Optional<string?> Title { get; init; }

    public Optional<string?> Territory { get; init; }

    public Optional<int?> Capacity { get; init; }
}
