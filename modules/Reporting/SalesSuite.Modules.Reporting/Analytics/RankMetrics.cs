namespace SalesSuite.Modules.Reporting.Analytics;

internal static class RankMetrics
{
    /// <summary>
    /// Area under the ROC curve as the Mann-Whitney statistic: (R₊ − n₊(n₊+1)/2) / (n₊·n₋) with tied scores given their
    /// mid-rank, i.e. P(score of a positive &gt; score of a negative) + ½·P(tie). Null without both classes.
    /// </summary>
    public static double? Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> positives)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(scores.Count, positives.Count);
        var positiveCount = positives.Count(p => p);
        var negativeCount = positives.Count - positiveCount;
        if (positiveCount == 0 || negativeCount == 0)
        {
            return null;
        }

        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        var positiveRankSum = 0.0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            var midRank = (start + end) / 2.0 + 1.0;
            for (var k = start; k <= end; k++)
            {
                positiveRankSum += positives[order[k]] ? midRank : 0.0;
            }

            start = end + 1;
        }

        return (positiveRankSum - positiveCount * (positiveCount + 1) / 2.0) / ((double)positiveCount * negativeCount);
    }
}
