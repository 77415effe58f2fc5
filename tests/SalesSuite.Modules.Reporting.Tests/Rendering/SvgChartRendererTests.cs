using System.Globalization;
using System.Xml.Linq;
using SalesSuite.Modules.Reporting.Rendering;

namespace SalesSuite.Modules.Reporting.Tests.Rendering;

public sealed class SvgChartRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Kinds => new(Enum.GetNames<ChartKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_chart_is_well_formed_accessible_svg(string kindName)
    {
        var kind = Enum.Parse<ChartKind>(kindName);
        var svg = Parse(SvgChartRenderer.Render(Single(kind, ["A", "B"], [3m, 1m]), "EUR"));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Chart", svg.Element(Svg + "title")!.Value);
        Assert.StartsWith($"{kind} chart of Deals", svg.Element(Svg + "desc")!.Value);
        Assert.Empty(svg.Descendants(Svg + "script"));
    }

    [Fact]
    public void A_bar_chart_draws_a_bar_per_category_and_series_with_heights_proportional_to_the_values()
    {
        var svg = Parse(SvgChartRenderer.Render(ReportSamples.Bar(("Revenue", [100m, 50m, 0m]), ("Target", [80m, 80m, 80m])), "EUR"));

        var bars = svg.Descendants(Svg + "rect").Where(e => Class(e) == "bar").ToArray();
        Assert.Equal(3 * 2, bars.Length);
        Assert.Equal(Number(bars[0], "height"), 2 * Number(bars[2], "height"), 2);
        Assert.Equal(0, Number(bars[4], "height"));
        Assert.Equal("Aug · Revenue: 50.00 EUR", bars[2].Element(Svg + "title")!.Value);
        Assert.Equal([SvgChartRenderer.Palette[0], SvgChartRenderer.Palette[1]], bars.Take(2).Select(b => (string)b.Attribute("fill")!));
        Assert.Equal(["Revenue", "Target"], Texts(svg, "legend"));
        Assert.Equal(["Jul", "Aug", "Sep"], Texts(svg, "category"));
        Assert.Equal("Revenue (EUR)", Texts(svg, "value-caption").Single());
    }

    [Fact]
    public void The_value_axis_starts_at_zero_and_ticks_in_round_steps()
    {
        var svg = Parse(SvgChartRenderer.Render(ReportSamples.Bar(("Revenue", [1200m, 3400m, 9100m]))));

        Assert.Equal(["0", "2k", "4k", "6k", "8k", "10k"], Texts(svg, "tick"));
    }

    [Fact]
    public void Negative_values_extend_the_axis_below_zero_and_their_bars_hang_from_it()
    {
        var svg = Parse(SvgChartRenderer.Render(ReportSamples.Bar(("Margin", [30m, -20m, 10m]))));

        Assert.Equal(["-20", "-10", "0", "10", "20", "30"], Texts(svg, "tick"));
        var zero = Number(svg.Descendants(Svg + "line").Single(e => Class(e) == "axis"), "y1");
        var bars = svg.Descendants(Svg + "rect").Where(e => Class(e) == "bar").ToArray();
        Assert.Equal(zero, Number(bars[0], "y") + Number(bars[0], "height"), 2);
        Assert.Equal(zero, Number(bars[1], "y"), 2);
        Assert.Equal(Number(bars[0], "height"), 1.5 * Number(bars[1], "height"), 2);
    }

    [Fact]
    public void A_line_chart_draws_a_polyline_per_series_and_a_point_per_value()
    {
        var chart = new ReportChart(ChartKind.Line, "Orders", ["W1", "W2", "W3", "W4"],
            [new ChartSeries("2026", [1m, 4m, 2m, 3m]), new ChartSeries("2025", [2m, 2m, 2m, 2m])]);

        var svg = Parse(SvgChartRenderer.Render(chart));

        var lines = svg.Descendants(Svg + "polyline").ToArray();
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Equal(4, ((string)l.Attribute("points")!).Split(' ').Length));
        Assert.Equal(8, svg.Descendants(Svg + "circle").Count(e => Class(e) == "point"));
        var flat = ((string)lines[1].Attribute("points")!).Split(' ').Select(p => p.Split(',')[1]).Distinct();
        Assert.Single(flat);
    }

    [Fact]
    public void A_funnel_shows_each_stage_with_its_value_and_share_of_the_first_stage()
    {
        var svg = Parse(SvgChartRenderer.Render(ReportSamples.Quarter().Sections[2].Chart!));

        var stages = svg.Descendants(Svg + "rect").Where(e => Class(e) == "stage").ToArray();
        Assert.Equal(4, stages.Length);
        Assert.Equal(["200 · 100.0%", "120 · 60.0%", "50 · 25.0%", "10 · 5.0%"], Texts(svg, "stage-value"));
        Assert.Equal(["Lead", "Qualified", "Proposal", "Won"], Texts(svg, "stage-label"));
        var widths = stages.Select(s => Number(s, "width")).ToArray();
        Assert.Equal(widths.OrderDescending(), widths);
        Assert.Equal(widths[0] / 4, widths[2], 2);
        var centres = stages.Select(s => Math.Round(Number(s, "x") + (Number(s, "width") / 2), 1)).Distinct();
        Assert.Single(centres);
    }

    [Fact]
    public void A_funnel_whose_first_stage_is_empty_shows_no_share()
    {
        var svg = Parse(SvgChartRenderer.Render(new ReportChart(ChartKind.Funnel, "Pipeline", ["Lead", "Won"], [new ChartSeries("Deals", [0m, 3m])])));

        Assert.Equal(["0.00 · –", "3.00 · –"], Texts(svg, "stage-value"));
    }

    [Fact]
    public void A_pie_draws_a_slice_per_non_zero_value_and_lists_every_share_in_the_legend()
    {
        var chart = new ReportChart(ChartKind.Pie, "Won by source", ["Web", "Referral", "Fair", "Phone"],
            [new ChartSeries("Won", [50m, 30m, 0m, 20m])]);

        var svg = Parse(SvgChartRenderer.Render(chart));

        Assert.Equal(3, svg.Descendants(Svg + "path").Count(e => Class(e) == "slice"));
        Assert.Equal(["50.0% Web", "30.0% Referral", "0.0% Fair", "20.0% Phone"], Texts(svg, "legend"));
    }

    [Fact]
    public void A_slice_of_more_than_half_uses_the_large_arc()
    {
        var svg = Parse(SvgChartRenderer.Render(Single(ChartKind.Pie, ["Big", "Small"], [3m, 1m])));

        var arcs = svg.Descendants(Svg + "path").Select(p => ((string)p.Attribute("d")!).Split(" A ")[1].Split(' ')[3]).ToArray();
        Assert.Equal(["1", "0"], arcs);
    }

    [Fact]
    public void A_pie_with_one_non_zero_value_is_a_full_circle()
    {
        var svg = Parse(SvgChartRenderer.Render(Single(ChartKind.Pie, ["All", "None"], [7m, 0m])));

        Assert.Single(svg.Descendants(Svg + "circle"), e => Class(e) == "slice");
        Assert.Empty(svg.Descendants(Svg + "path"));
        Assert.Equal(["100.0% All", "0.0% None"], Texts(svg, "legend"));
    }

    [Theory]
    [InlineData("Bar", "No data")]
    [InlineData("Line", "No data")]
    [InlineData("Pie", "No data")]
    [InlineData("Funnel", "No data")]
    public void A_chart_without_categories_says_so_instead_of_drawing(string kindName, string message)
    {
        var kind = Enum.Parse<ChartKind>(kindName);
        var svg = Parse(SvgChartRenderer.Render(Single(kind, [], [])));

        Assert.Equal(message, Texts(svg, "no-data").Single());
        Assert.DoesNotContain(svg.Descendants(), e => Class(e) is "bar" or "slice" or "stage" or "series-line" or "tick");
    }

    [Theory]
    [InlineData("Pie")]
    [InlineData("Funnel")]
    public void A_pie_or_funnel_of_zeros_says_there_is_nothing_to_show(string kindName)
    {
        var kind = Enum.Parse<ChartKind>(kindName);
        var svg = Parse(SvgChartRenderer.Render(Single(kind, ["A", "B"], [0m, 0m])));

        Assert.Equal("No data: every value is zero", Texts(svg, "no-data").Single());
        Assert.DoesNotContain("NaN", svg.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bar_chart_of_zeros_still_draws_its_axis()
    {
        var svg = Parse(SvgChartRenderer.Render(Single(ChartKind.Bar, ["A", "B"], [0m, 0m])));

        Assert.Equal(["0", "0.2", "0.4", "0.6", "0.8", "1.0"], Texts(svg, "tick"));
        Assert.Equal(2, svg.Descendants(Svg + "rect").Count(e => Class(e) == "bar"));
    }

    [Fact]
    public void Long_labels_are_shortened_with_an_ellipsis_and_keep_their_full_text_as_a_tooltip()
    {
        var name = "Großhandel Nordrhein-Westfalen Süd GmbH & Co. KG, Niederlassung Köln-Ehrenfeld";
        var chart = new ReportChart(ChartKind.Bar, "Revenue", [name, "Short"], [new ChartSeries("Revenue", [1m, 2m])]);

        var svg = Parse(SvgChartRenderer.Render(chart));

        var label = svg.Descendants(Svg + "text").First(e => Class(e) == "category");
        Assert.EndsWith("…", label.Nodes().OfType<XText>().Single().Value);
        Assert.True(label.Nodes().OfType<XText>().Single().Value.Length < name.Length);
        Assert.Equal(name, label.Element(Svg + "title")!.Value);
        var shortLabel = svg.Descendants(Svg + "text").Last(e => Class(e) == "category");
        Assert.Equal("Short", shortLabel.Value);
        Assert.Null(shortLabel.Element(Svg + "title"));
    }

    [Fact]
    public void Many_categories_label_every_few_bars_instead_of_overlapping()
    {
        var days = Enumerable.Range(1, 60).Select(d => $"Day {d}").ToArray();
        var chart = new ReportChart(ChartKind.Bar, "Orders", days, [new ChartSeries("Orders", days.Select(_ => 1m))]);

        var svg = Parse(SvgChartRenderer.Render(chart));

        var labels = svg.Descendants(Svg + "text").Where(e => Class(e) == "category").ToArray();
        Assert.InRange(labels.Length, 5, 30);
        var xs = labels.Select(l => Number(l, "x")).ToArray();
        Assert.All(xs.Zip(xs.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 28, $"labels at {pair.First} and {pair.Second} overlap"));
    }

    [Fact]
    public void Text_from_the_data_is_escaped()
    {
        var chart = new ReportChart(ChartKind.Pie, ReportSamples.Script, ["<b>\"A&B\"</b>"], [new ChartSeries("x'y", [1m])]);

        var markup = SvgChartRenderer.Render(chart);

        Assert.DoesNotContain("<script", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        var svg = Parse(markup);
        Assert.Equal(ReportSamples.Script, svg.Element(Svg + "title")!.Value);
        Assert.Contains("100.0% <b>\"A&B\"</b>", Texts(svg, "legend"));
    }

    [Fact]
    public void The_same_chart_always_renders_the_same_text()
    {
        var chart = ReportSamples.Quarter().Sections[0].Chart!;

        var first = SvgChartRenderer.Render(chart, "EUR");
        var second = SvgChartRenderer.Render(chart with { }, "EUR");

        Assert.Equal(first, second);
        Assert.DoesNotMatch(@"\d\.\d{3,}", first);
    }

    [Fact]
    public void A_chart_can_be_drawn_in_another_size()
    {
        var svg = Parse(SvgChartRenderer.Render(Single(ChartKind.Bar, ["A"], [1m]), width: 400, height: 200));

        Assert.Equal("0 0 400 200", (string?)svg.Attribute("viewBox"));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgChartRenderer.Render(Single(ChartKind.Bar, ["A"], [1m]), width: 10));
    }

    private static ReportChart Single(ChartKind kind, string[] categories, decimal[] values) =>
        new(kind, "Chart", categories, [new ChartSeries("Deals", values)], "Deals");

    private static XElement Parse(string svg) => XElement.Parse(svg);

    private static string? Class(XElement element) => (string?)element.Attribute("class");

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    private static string[] Texts(XElement svg, string cssClass) =>
        svg.Descendants(Svg + "text").Where(e => Class(e) == cssClass).Select(e => e.Nodes().OfType<XText>().First().Value).ToArray();
}
