using SalesSuite.Modules.Reporting.Api;

namespace SalesSuite.Modules.Reporting.Features.GetDashboard;

internal sealed record GetDashboardResult(string Scope, string BaseCurrency, DateOnly Today, GetDashboardMonth ThisMonth, GetDashboardMonth LastMonth,
    int OpenOpportunities,
    decimal PipelineAmount, decimal WeightedPipeline, IReadOnlyList<GetDashboardRep> TopReps)
{
    public decimal? RevenueChange => SalesReport.Change(ThisMonth.Measures.Revenue, LastMonth.Measures.Revenue);
}
