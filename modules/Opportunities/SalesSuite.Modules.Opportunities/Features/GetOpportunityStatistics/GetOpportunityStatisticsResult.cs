using SalesSuite.Modules.Opportunities.Domain;

namespace SalesSuite.Modules.Opportunities.Features.GetOpportunityStatistics;

/// <summary>What opportunityStatistics answers for a period.</summary>
internal sealed record GetOpportunityStatisticsResult(
    string? BaseCurrency,
    int Count,
    decimal AmountInBase,
    int Unconverted,
    IReadOnlyList<GetOpportunityStatisticsGroup> ByStage,
    IReadOnlyList<GetOpportunityStatisticsGroup> ByOwner,
    IReadOnlyList<GetOpportunityStatisticsGroup> ByStatus,
    int Won,
    int Lost,
    decimal? WinRate,
    decimal? AverageCycleDays,
    IReadOnlyList<PipelineStage> Stages);
