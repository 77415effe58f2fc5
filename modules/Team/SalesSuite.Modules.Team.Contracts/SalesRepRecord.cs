namespace SalesSuite.Modules.Team.Contracts;

/// <summary>A sales rep: the user <see cref="UserId"/>, reporting to <see cref="ManagerUserId"/>, in the team named <see cref="TeamName"/>.</summary>
public sealed record SalesRepRecord
{
    public required string UserId { get; init; }

    public required string Name { get; init; }

    public string? Email { get; init; }

    public string? Title { get; init; }

    public string? ManagerUserId { get; init; }

    public string? TeamName { get; init; }

    public string? Territory { get; init; }

    public int? Capacity { get; init; }
}
