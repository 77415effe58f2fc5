using SalesSuite.Modules.Reporting.Rendering;

namespace SalesSuite.Modules.Reporting.Tests.Rendering;

public sealed class AxisScaleTests
{
    [Theory]
    [InlineData(new[] { 12.0, 97.0 }, 0.0, 100.0, 20.0)]
    [InlineData(new[] { -30.0, 80.0 }, -50.0, 100.0, 25.0)]
    [InlineData(new[] { 5.0, 7.0 }, 0.0, 8.0, 2.0)]
    [InlineData(new[] { 0.3, 0.7 }, 0.0, 0.8, 0.2)]
    [InlineData(new[] { -4.0, -1.0 }, -4.0, 0.0, 1.0)]
    [InlineData(new[] { 1234567.0 }, 0.0, 1250000.0, 250000.0)]
    [InlineData(new[] { 0.0, 0.0 }, 0.0, 1.0, 0.2)]
    [InlineData(new double[0], 0.0, 1.0, 0.2)]
    public void The_axis_includes_zero_and_steps_in_round_numbers(double[] values, double min, double max, double step)
    {
        var scale = AxisScale.For(values.Select(v => (decimal)v));

        Assert.Equal(new AxisScale((decimal)min, (decimal)max, (decimal)step), scale);
        Assert.Equal(scale.Min, scale.Ticks.First());
        Assert.Equal(scale.Max, scale.Ticks.Last());
    }

    [Theory]
    [InlineData(250000.0, "Money", 1250000.0, "1,250k")]
    [InlineData(2000000.0, "Number", 6000000.0, "6M")]
    [InlineData(2.5, "Integer", 7.5, "7.5")]
    [InlineData(20.0, "Integer", -40.0, "-40")]
    [InlineData(0.05, "Percent", 0.15, "15%")]
    [InlineData(0.025, "Percent", 0.075, "7.5%")]
    public void Tick_labels_are_short_and_show_the_decimals_the_step_needs(double step, string kindName, double value, string label)
    {
        var kind = Enum.Parse<ColumnKind>(kindName);
        var scale = new AxisScale(0m, (decimal)step * 5, (decimal)step);

        Assert.Equal(label, scale.Label((decimal)value, kind));
    }
}
