namespace SalesSuite.Modules.Opportunities.Features.GetOpportunityStatistics;

/// <summary>A sum in one currency.</summary>
internal sealed record GetOpportunityStatisticsMoneyTotal(string Currency, decimal Amount);
