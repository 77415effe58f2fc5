namespace SalesSuite.Modules.Opportunities.Features.GetOpportunityStatistics;

/// <summary>Opportunities of one stage, owner or status: their count, their amounts per currency and in the base currency.</summary>
internal sealed record GroupStatistic(string Key, int Count, IReadOnlyList<MoneyTotal> Amounts, decimal AmountInBase, int Unconverted);
