using SalesSuite.Modules.Team.Api;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Features.SetSalesTarget;

/// <summary>A rep's (<see cref="UserId"/>) or a team's (<see cref="TeamId"/>) target for a period, in the base currency.</summary>
internal sealed record SetSalesTargetInput : IVersionedInput
{
    public string? UserId { get; init; }

    /// <summary>As sent: decoded by the handler.</summary>
    public string? TeamId { get; init; }

    public SalesPeriodInput? Period { get; init; }

    public decimal? Amount { get; init; }

    public long? Version { get; init; }

    public bool ForTeam => InputValues.Clean(TeamId) is not null;
}
