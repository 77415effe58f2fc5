namespace SalesSuite.Modules.Opportunities.Features.GetOpportunityStatistics;

/// <summary>Opportunities of one stage, owner or status: their count, their amounts per currency and in the base currency.</summary>
internal sealed record GetOpportunityStatisticsGroup(string Key, int Count, IReadOnlyList<GetOpportunityStatisticsMoneyTotal> Amounts, decimal AmountInBase,
    int Unconverted);
