namespace SalesSuite.Modules.Reporting.Analytics;

/// <summary>An open opportunity: its expected close month (any day of it), amount and win probability (0..1).</summary>
internal sealed record PipelineItem(DateOnly ExpectedCloseMonth, decimal Amount, decimal Probability);

internal sealed record PipelineMonth(DateOnly Month, int Count, decimal Amount, decimal Weighted);

internal static class WeightedPipeline
{
    /// <summary>Per expected close month (first day), ascending: count, amount and amount × probability.</summary>
    public static IReadOnlyList<PipelineMonth> ByMonth(IEnumerable<PipelineItem> items) =>
        items
            .Select(item => item.Probability is < 0 or > 1
                ? throw new ArgumentException($"Probability {item.Probability} is outside 0..1.", nameof(items))
                : item)
            .GroupBy(item => new DateOnly(item.ExpectedCloseMonth.Year, item.ExpectedCloseMonth.Month, 1))
            .OrderBy(group => group.Key)
            .Select(group => new PipelineMonth(group.Key, group.Count(), group.Sum(i => i.Amount), group.Sum(i => i.Amount * i.Probability)))
            .ToArray();
}
