namespace SalesSuite.Modules.Team.Contracts;

/// <summary>A sales team of the tenant.</summary>
public sealed record SalesTeamRecord(string Name, string? Description);
