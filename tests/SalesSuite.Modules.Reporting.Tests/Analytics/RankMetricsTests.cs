using SalesSuite.Modules.Reporting.Analytics;

namespace SalesSuite.Modules.Reporting.Tests.Analytics;

public sealed class RankMetricsTests
{
    [Fact]
    public void Auc_counts_the_pairs_a_positive_outranks_and_half_the_ties()
    {
        // Six (positive, negative) pairs: 0.35 beats 0.1 only, 0.8 beats both, 0.4 beats 0.1 and ties 0.4: (1 + 2 + 1½) / 6.
        Assert.Equal(0.75, RankMetrics.Auc([0.1, 0.4, 0.35, 0.8, 0.4], [false, false, true, true, true]));
        Assert.Equal(0.5, RankMetrics.Auc([0.3, 0.3, 0.3, 0.3], [true, false, true, false]));
        Assert.Equal(1.0, RankMetrics.Auc([0.1, 0.2, 0.9], [false, false, true]));
        Assert.Null(RankMetrics.Auc([0.1, 0.2], [true, true]));
    }
}
