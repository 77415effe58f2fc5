namespace SalesSuite.Modules.Team.Features.CreateTeam;

/// <summary>A new team.</summary>
internal sealed record CreateTeamInput
{
    public string? Name { get; init; }

    public string? Description { get; init; }
}
