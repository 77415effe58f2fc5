namespace SalesSuite.Modules.Team.Contracts;

/// <summary>One import of <see cref="ITeamHistoryImport"/>; reps name their team by <see cref="SalesTeamRecord.Name"/>.</summary>
public sealed record TeamHistory(IReadOnlyList<SalesTeamRecord> Teams, IReadOnlyList<SalesRepRecord> Reps, IReadOnlyList<MonthlyTargetRecord> Targets);
