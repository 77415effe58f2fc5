namespace SalesSuite.Modules.Team.Contracts;

/// <summary>A rep's sales target for a calendar month, in <paramref name="BaseCurrency"/>, set by the user <paramref name="SetBy"/>.</summary>
public sealed record MonthlyTargetRecord(string RepUserId, int Year, int Month, decimal Amount, string BaseCurrency, string SetBy);
