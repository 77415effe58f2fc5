using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Team.Features.CreateSalesRep;

/// <summary>A new sales rep: a user of the tenant, their profile and their place in the manager tree and a team.</summary>
internal sealed record CreateSalesRepInput
{
    public string? UserId { get; init; }

    public string? Name { get; init; }

    public Optional<string?> Email { get; init; }

    public Optional<string?> Title { get; init; }

    public Optional<string?> Territory { get; init; }

    public Optional<int?> Capacity { get; init; }

    public Optional<string?> ManagerUserId { get; init; }

    /// <summary>As sent: decoded by the handler.</summary>
    public Optional<string?> TeamId { get; init; }
}
