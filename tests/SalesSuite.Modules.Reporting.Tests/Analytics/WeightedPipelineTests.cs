using SalesSuite.Modules.Reporting.Analytics;

namespace SalesSuite.Modules.Reporting.Tests.Analytics;

public sealed class WeightedPipelineTests
{
    [Fact]
    public void Open_items_are_totalled_and_weighted_per_expected_close_month()
    {
        var months = WeightedPipeline.ByMonth([
            new PipelineItem(new DateOnly(2026, 3, 17), 1000m, 0.5m),
            new PipelineItem(new DateOnly(2026, 1, 2), 400m, 0.25m),
            new PipelineItem(new DateOnly(2026, 3, 1), 200m, 1m),
        ]);

        Assert.Equal(
            [new PipelineMonth(new DateOnly(2026, 1, 1), 1, 400m, 100m), new PipelineMonth(new DateOnly(2026, 3, 1), 2, 1200m, 700m)],
            months);
    }

    [Fact]
    public void A_probability_outside_0_to_1_is_refused() =>
        Assert.Throws<ArgumentException>(() => WeightedPipeline.ByMonth([new PipelineItem(new DateOnly(2026, 1, 1), 1m, 1.5m)]));
}
