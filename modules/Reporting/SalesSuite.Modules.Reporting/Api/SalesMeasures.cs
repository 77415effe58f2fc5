using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Reporting.Api;

internal sealed record SalesMeasures(decimal Revenue, int Orders, int OrderLines, decimal Quantity,
    int OpportunitiesOpened = 0, int OpportunitiesWon = 0, int OpportunitiesLost = 0,
    decimal WonAmount = 0m, decimal PipelineAmount = 0m, decimal WeightedPipeline = 0m)
{
    public static readonly SalesMeasures None = new(0m, 0, 0, 0m);

    /// <summary>Won / (won + lost) of the opportunities closed in the period, four decimals; null when none closed.</summary>
    public decimal? WinRate => OpportunitiesWon + OpportunitiesLost == 0 ? null
        : decimal.Round((decimal)OpportunitiesWon / (OpportunitiesWon + OpportunitiesLost), 4, MidpointRounding.AwayFromZero);

    public static SalesMeasures Of<TKey>(SalesFigures<TKey>? sales, PipelineFigures<TKey>? pipeline) => new(
        Scaled.To(sales?.Revenue ?? 0), sales?.Orders ?? 0, sales?.Lines ?? 0, Scaled.To(sales?.Quantity ?? 0),
        pipeline?.Opened ?? 0, pipeline?.Won ?? 0, pipeline?.Lost ?? 0, Scaled.To(pipeline?.WonAmount ?? 0), Scaled.To(pipeline?.Pipeline ?? 0), Scaled
            .To(pipeline?.Weighted ?? 0));

    public static SalesMeasures operator +(SalesMeasures a, SalesMeasures b) => new(
        a.Revenue + b.Revenue, a.Orders + b.Orders, a.OrderLines + b.OrderLines, a.Quantity + b.Quantity, a.OpportunitiesOpened + b.OpportunitiesOpened,
        a.OpportunitiesWon + b.OpportunitiesWon, a.OpportunitiesLost + b.OpportunitiesLost, a.WonAmount + b.WonAmount, a.PipelineAmount
            + b.PipelineAmount, a.WeightedPipeline + b.WeightedPipeline);
}
