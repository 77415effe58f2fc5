using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Team.Features.MoveSalesRep;

/// <summary>A new place in the manager tree and/or another team; a part left out stays, one sent as null is cleared.</summary>
internal sealed record MoveSalesRepInput : IVersionedInput
{
    public string? UserId { get; init; }

    public long? Version { get; init; }

    public Optional<string?> ManagerUserId { get; init; }

    /// <summary>As sent: decoded by the handler.</summary>
    public Optional<string?> TeamId { get; init; }
}
