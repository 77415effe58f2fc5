namespace SalesSuite.Modules.Opportunities.Features.GetOpportunityStatistics;

/// <summary>A sum in one currency.</summary>
internal sealed record MoneyTotal(string Currency, decimal Amount);
