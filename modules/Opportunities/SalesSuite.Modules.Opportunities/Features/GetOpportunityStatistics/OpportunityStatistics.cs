using SalesSuite.Modules.Opportunities.Domain;

namespace SalesSuite.Modules.Opportunities.Features.GetOpportunityStatistics;

/// <summary>What opportunityStatistics answers for a period.</summary>
internal sealed record OpportunityStatistics(
    string? BaseCurrency,
    int Count,
    decimal AmountInBase,
    int Unconverted,
    IReadOnlyList<GroupStatistic> ByStage,
    IReadOnlyList<GroupStatistic> ByOwner,
    IReadOnlyList<GroupStatistic> ByStatus,
    int Won,
    int Lost,
    decimal? WinRate,
    decimal? AverageCycleDays,
    IReadOnlyList<PipelineStage> Stages);
