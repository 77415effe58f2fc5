namespace SalesSuite.Modules.Opportunities.Contracts;

/// <summary>
/// An imported opportunity entered the stage at <paramref name="StagePosition"/> of the tenant's pipeline at <paramref name="At"/>;
/// <paramref name="Reason"/> says why when it was won or lost there.
/// </summary>
public sealed record OpportunityStepRecord(int StagePosition, DateTimeOffset At, string? Reason = null);
