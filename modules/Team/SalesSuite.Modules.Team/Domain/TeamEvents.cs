using SalesSuite.Modules.Team.Contracts;

namespace SalesSuite.Modules.Team.Domain;

/// <summary>The team's integration events, built in one place for the saves that publish them and for the replay.</summary>
internal static class TeamEvents
{
    /// <summary>The properties of a rep whose change is published: what reports group and filter reps by.</summary>
    public static readonly string[] Reported =
        [nameof(SalesRep.Name), nameof(SalesRep.TeamId), nameof(SalesRep.Territory), nameof(SalesRep.ManagerUserId), nameof(SalesRep.DeactivatedAt)];

    public static SalesRepChanged Changed(SalesRep rep, DateTimeOffset at) =>
        new(rep.OwnerId, rep.Name, rep.TeamId, rep.Territory, rep.ManagerUserId, rep.Active, rep.Version, at);

    public static SalesTeamChanged Changed(SalesTeam team, DateTimeOffset at) => new(team.Id, team.Name, team.Version, at);
}
