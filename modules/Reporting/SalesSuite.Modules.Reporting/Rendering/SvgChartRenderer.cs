using System.Globalization;
using System.Text;

namespace SalesSuite.Modules.Reporting.Rendering;

/// <summary>
/// Draws a <see cref="ReportChart"/> as a self-contained SVG: presentation attributes only (no CSS, no scripts, no
/// fonts to fetch), so it works inline in the printable page, alone as a file, and under a strict CSP. Output is a
/// pure function of the chart: invariant culture and coordinates rounded to two decimals, so tests can compare it.
/// </summary>
internal static class SvgChartRenderer
{
    public const int DefaultWidth = 720;
    public const int DefaultHeight = 360;

    /// <summary>Tableau 10: distinguishable in colour and in greyscale print.</summary>
    public static IReadOnlyList<string> Palette { get; } =
        ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

    private const string FontFamily = "'DejaVu Sans', 'Segoe UI', Arial, Helvetica, sans-serif";
    private const double CharWidth = 7; // an average glyph at 12px, enough to decide where to truncate
    private const double Left = 72;
    private const double Top = 52;
    private const double Right = 16;
    private const double Bottom = 64;

    public static string Render(ReportChart chart, string? currencyCode = null, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 240);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 180);
        var svg = new Svg(width, height);
        svg.Raw($"""<svg xmlns="http://www.w3.org/2000/svg" role="img" """ +
            $"""class="chart chart-{chart.Kind.ToString().ToLowerInvariant()}" width="{width}" height="{height}" """ +
            $"""viewBox="0 0 {width} {height}" font-family="{FontFamily}" font-size="12">""");
        svg.Raw($"<title>{ReportFormat.Escape(chart.Title)}</title><desc>{ReportFormat.Escape(Describe(chart))}</desc>");
        svg.Raw($"""<rect class="background" x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>""");
        svg.Text(width / 2.0, 24, chart.Title, MaxChars(width - 32, 9), "chart-title", anchor: "middle",
            attributes: """ font-size="16" font-weight="bold" fill="#222222" """);

        var values = chart.Series.SelectMany(s => s.Values).ToArray();
        var nonZero = values.Any(v => v != 0);
        var context = new Context(chart, currencyCode, svg);
        switch (chart.Kind)
        {
            case ChartKind.Bar or ChartKind.Line when chart.HasData:
                DrawAxesAndSeries(context);
                break;
            case ChartKind.Funnel when nonZero:
                DrawFunnel(context);
                break;
            case ChartKind.Pie when nonZero:
                DrawPie(context);
                break;
            default:
                svg.Text(width / 2.0, height / 2.0, chart.HasData ? "No data: every value is zero" : "No data", 80, "no-data",
                    anchor: "middle", attributes: """ font-size="14" fill="#666666" """);
                break;
        }

        svg.Raw("</svg>");
        return svg.ToString();
    }

    private static string Describe(ReportChart chart)
    {
        var description = new StringBuilder($"{chart.Kind} chart");
        if (chart.ValueCaption is not null)
        {
            description.Append(" of ").Append(chart.ValueCaption);
        }

        if (!chart.HasData)
        {
            return description.Append(": no data.").ToString();
        }

        if (chart.Kind is ChartKind.Bar or ChartKind.Line)
        {
            description.Append(", series ").Append(string.Join(", ", chart.Series.Select(s => s.Name)));
        }

        description.Append(chart.Kind switch
        {
            ChartKind.Funnel => ", stages ",
            ChartKind.Pie => ", slices ",
            _ => ", categories ",
        });
        return description.Append(string.Join(", ", chart.Categories)).Append('.').ToString();
    }

    private static void DrawAxesAndSeries(Context context)
    {
        var (chart, svg) = (context.Chart, context.Svg);
        var plot = new Plot(Left, Top, svg.Width - Right, svg.Height - Bottom);
        var scale = AxisScale.For(chart.Series.SelectMany(s => s.Values));
        double Y(decimal value) => plot.Bottom - (scale.Fraction(value) * plot.Height);

        foreach (var tick in scale.Ticks)
        {
            svg.Raw($"""<line class="grid" x1="{N(plot.Left)}" y1="{N(Y(tick))}" x2="{N(plot.Right)}" y2="{N(Y(tick))}" stroke="#e3e3e3" stroke-width="1"/>""");
            svg.Text(plot.Left - 6, Y(tick) + 4, scale.Label(tick, chart.ValueKind), 12, "tick", anchor: "end", attributes: """ fill="#555555" """);
        }

        if (chart.ValueCaption is not null)
        {
            var middle = plot.Top + (plot.Height / 2);
            svg.Text(14, middle, chart.ValueCaption, MaxChars(plot.Height, CharWidth), "value-caption", anchor: "middle",
                attributes: $""" fill="#555555" transform="rotate(-90 14 {N(middle)})" """);
        }

        var band = plot.Width / chart.Categories.Count;
        var every = (int)Math.Ceiling(4 * CharWidth / band);
        for (var c = 0; c < chart.Categories.Count; c += every)
        {
            svg.Text(plot.Left + (band * (c + 0.5)), plot.Bottom + 18, chart.Categories[c], MaxChars(band * every, CharWidth), "category",
                anchor: "middle", attributes: """ fill="#333333" """);
        }

        if (chart.Kind is ChartKind.Bar)
        {
            var barWidth = band * 0.8 / chart.Series.Count;
            for (var c = 0; c < chart.Categories.Count; c++)
            {
                for (var s = 0; s < chart.Series.Count; s++)
                {
                    var value = chart.Series[s].Values[c];
                    var (y0, y1) = (Y(0), Y(value));
                    svg.Raw($"""<rect class="bar" x="{N(plot.Left + (band * c) + (band * 0.1) + (barWidth * s))}" """ +
                        $"""y="{N(Math.Min(y0, y1))}" width="{N(barWidth)}" height="{N(Math.Abs(y1 - y0))}" fill="{Colour(s)}">""");
                    svg.Raw($"<title>{ReportFormat.Escape(context.PointTitle(c, s))}</title></rect>");
                }
            }
        }
        else
        {
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var points = chart.Series[s].Values.Select((value, c) => (X: plot.Left + (band * (c + 0.5)), Y: Y(value))).ToArray();
                svg.Raw($"""<polyline class="series-line" points="{string.Join(" ", points.Select(p => $"{N(p.X)},{N(p.Y)}"))}" """ +
                    $"""fill="none" stroke="{Colour(s)}" stroke-width="2.5" stroke-linejoin="round"/>""");
                for (var c = 0; c < points.Length; c++)
                {
                    svg.Raw($"""<circle class="point" cx="{N(points[c].X)}" cy="{N(points[c].Y)}" r="3.5" fill="{Colour(s)}">""");
                    svg.Raw($"<title>{ReportFormat.Escape(context.PointTitle(c, s))}</title></circle>");
                }
            }
        }

        svg.Raw($"""<line class="axis" x1="{N(plot.Left)}" y1="{N(Y(0))}" x2="{N(plot.Right)}" y2="{N(Y(0))}" stroke="#333333" stroke-width="1"/>""");
        DrawLegend(svg, chart.Series.Select(s => s.Name).ToArray());
    }

    private static void DrawLegend(Svg svg, IReadOnlyList<string> names)
    {
        var slot = (svg.Width - 32.0) / names.Count;
        var chars = MaxChars(slot - 22, CharWidth);
        var y = svg.Height - 18.0;
        var x = 16.0;
        for (var i = 0; i < names.Count; i++)
        {
            svg.Raw($"""<rect class="legend-swatch" x="{N(x)}" y="{N(y - 10)}" width="12" height="12" fill="{Colour(i)}"/>""");
            svg.Text(x + 18, y, names[i], chars, "legend", attributes: """ fill="#333333" """);
            x += Math.Min(slot, 34 + (CharWidth * Math.Min(chars, names[i].Length)));
        }
    }

    private static void DrawFunnel(Context context)
    {
        var (chart, svg) = (context.Chart, context.Svg);
        var values = chart.Series[0].Values;
        DrawCaption(svg, chart);
        var plot = new Plot(16, Top + 8, svg.Width - 16.0, svg.Height - 16.0);
        const double labelColumn = 150;
        var barLeft = plot.Left + labelColumn;
        var barArea = plot.Width - (2 * labelColumn);
        var centre = barLeft + (barArea / 2);
        var row = plot.Height / values.Count;
        var largest = values.Max();
        for (var i = 0; i < values.Count; i++)
        {
            var width = Math.Max(1, barArea * (double)(values[i] / largest));
            var y = plot.Top + (row * i) + (row * 0.1);
            var middle = plot.Top + (row * (i + 0.5)) + 4;
            var share = values[0] == 0 ? "–" : ReportFormat.Number(values[i] / values[0], ColumnKind.Percent, null);
            var label = $"{context.Value(values[i])} · {share}";
            svg.Raw($"""<rect class="stage" x="{N(centre - (width / 2))}" y="{N(y)}" width="{N(width)}" height="{N(row * 0.8)}" fill="{Colour(i)}">""");
            svg.Raw($"<title>{ReportFormat.Escape($"{chart.Categories[i]}: {label} of the first stage")}</title></rect>");
            svg.Text(barLeft - 8, middle, chart.Categories[i], MaxChars(labelColumn - 8, CharWidth), "stage-label", anchor: "end",
                attributes: """ fill="#333333" """);
            svg.Text(barLeft + barArea + 8, middle, label, MaxChars(labelColumn - 8, CharWidth), "stage-value", attributes: """ fill="#333333" """);
        }
    }

    private static void DrawPie(Context context)
    {
        var (chart, svg) = (context.Chart, context.Svg);
        var values = chart.Series[0].Values;
        DrawCaption(svg, chart);
        var total = values.Sum();
        var plot = new Plot(16, Top + 8, svg.Width - 16.0, svg.Height - 16.0);
        var radius = Math.Min(plot.Height, plot.Width * 0.45) / 2;
        var (cx, cy) = (plot.Left + radius + 8, plot.Top + (plot.Height / 2));
        var angle = -Math.PI / 2;
        var legendX = cx + radius + 32;
        var legendRow = Math.Min(20, plot.Height / values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var share = values[i] / total;
            var title = ReportFormat.Escape($"{chart.Categories[i]}: {context.Value(values[i])} ({ReportFormat.Number(share, ColumnKind.Percent, null)})");
            if (values[i] == total)
            {
                svg.Raw($"""<circle class="slice" cx="{N(cx)}" cy="{N(cy)}" r="{N(radius)}" """ +
                    $"""fill="{Colour(i)}" stroke="#ffffff" stroke-width="1"><title>{title}</title></circle>""");
            }
            else if (values[i] > 0)
            {
                var sweep = (double)share * 2 * Math.PI;
                var (x0, y0) = (cx + (radius * Math.Cos(angle)), cy + (radius * Math.Sin(angle)));
                angle += sweep;
                var (x1, y1) = (cx + (radius * Math.Cos(angle)), cy + (radius * Math.Sin(angle)));
                var large = sweep > Math.PI ? 1 : 0;
                svg.Raw($"""<path class="slice" d="M {N(cx)} {N(cy)} L {N(x0)} {N(y0)} A {N(radius)} {N(radius)} 0 {large} 1 {N(x1)} {N(y1)} Z" """ +
                    $"""fill="{Colour(i)}" stroke="#ffffff" stroke-width="1"><title>{title}</title></path>""");
            }

            var y = plot.Top + (legendRow * i);
            svg.Raw($"""<rect class="legend-swatch" x="{N(legendX)}" y="{N(y)}" width="12" height="12" fill="{Colour(i)}"/>""");
            var legend = $"{ReportFormat.Number(share, ColumnKind.Percent, null)} {chart.Categories[i]}";
            svg.Text(legendX + 18, y + 10, legend, MaxChars(svg.Width - legendX - 34, CharWidth), "legend", attributes: """ fill="#333333" """);
        }
    }

    private static void DrawCaption(Svg svg, ReportChart chart)
    {
        if (chart.ValueCaption is not null)
        {
            svg.Text(svg.Width / 2.0, 42, chart.ValueCaption, MaxChars(svg.Width - 32, CharWidth), "value-caption", anchor: "middle",
                attributes: """ fill="#555555" """);
        }
    }

    private static string Colour(int index) => Palette[index % Palette.Count];

    private static int MaxChars(double pixels, double charWidth) => Math.Max(3, (int)(pixels / charWidth));

    /// <summary>Two decimals at most, invariant, never "-0": the same chart always gives the same text.</summary>
    private static string N(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private sealed record Plot(double Left, double Top, double Right, double Bottom)
    {
        public double Width => Right - Left;

        public double Height => Bottom - Top;
    }

    private sealed record Context(ReportChart Chart, string? CurrencyCode, Svg Svg)
    {
        public string Value(decimal value) => ReportFormat.Number(value, Chart.ValueKind, CurrencyCode);

        public string PointTitle(int category, int series) =>
            $"{Chart.Categories[category]} · {Chart.Series[series].Name}: {Value(Chart.Series[series].Values[category])}";
    }

    private sealed class Svg(int width, int height)
    {
        private readonly StringBuilder _builder = new();

        public int Width => width;

        public int Height => height;

        public void Raw(string markup) => _builder.Append(markup);

        /// <summary>A text of at most <paramref name="maxChars"/> characters; a shortened one keeps its full text as a tooltip.</summary>
        /// <remarks><paramref name="attributes"/> may be padded with spaces: a one-line raw string cannot end in a quote.</remarks>
        public void Text(double x, double y, string text, int maxChars, string cssClass, string anchor = "start", string attributes = "")
        {
            var shown = ReportFormat.Shorten(text, maxChars);
            var more = attributes.Trim() is { Length: > 0 } trimmed ? " " + trimmed : "";
            _builder.Append($"""<text class="{cssClass}" x="{N(x)}" y="{N(y)}" text-anchor="{anchor}"{more}>{ReportFormat.Escape(shown)}""");
            if (shown != text)
            {
                _builder.Append($"<title>{ReportFormat.Escape(text)}</title>");
            }

            _builder.Append("</text>");
        }

        public override string ToString() => _builder.ToString();
    }
}
