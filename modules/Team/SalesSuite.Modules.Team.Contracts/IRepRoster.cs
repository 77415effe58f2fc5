namespace SalesSuite.Modules.Team.Contracts;

/// <summary>The tenant's reps for work distribution (assignment rules): who is active, in which team, with what capacity.</summary>
public interface IRepRoster
{
    /// <summary>Every rep of the tenant, active or not, whatever the current user's scope.</summary>
    Task<IReadOnlyList<RosterRep>> RepsAsync(CancellationToken cancellationToken);
}

/// <param name="UserId">The rep's user id (the owner id of their records).</param>
/// <param name="TeamId">The rep's team, if any.</param>
/// <param name="Territory">The rep's territory, if any.</param>
/// <param name="Capacity">How many open opportunities the rep can carry; null for no limit.</param>
/// <param name="Active">False once the rep is deactivated.</param>
public sealed record RosterRep(string UserId, Guid? TeamId, string? Territory, int? Capacity, bool Active);
