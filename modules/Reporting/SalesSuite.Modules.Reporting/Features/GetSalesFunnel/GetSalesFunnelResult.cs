namespace SalesSuite.Modules.Reporting.Features.GetSalesFunnel;

internal sealed record GetSalesFunnelResult(DateOnly From, DateOnly To, IReadOnlyList<GetSalesFunnelStage> Stages, int Won, int Lost,
    decimal? AverageCycleDays, decimal? MedianCycleDays, GetSalesFunnelResult? Previous)
{
    public decimal? WinRate => GetSalesFunnelStage.Ratio(Won, Won + Lost);
}
