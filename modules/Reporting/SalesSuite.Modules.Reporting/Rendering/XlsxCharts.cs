using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace SalesSuite.Modules.Reporting.Rendering;

/// <summary>
/// A native Excel chart beside a section's table. When the sheet holds the chart's own series (a chart-only section),
/// the chart refers to those cells, so editing a number redraws it; otherwise it carries its values as literals.
/// Excel's funnel needs the 2016 chart extensions, so a funnel becomes horizontal bars, first stage on top.
/// </summary>
internal static class XlsxCharts
{
    private const uint CategoryAxisId = 1;
    private const uint ValueAxisId = 2;

    public static void Add(WorksheetPart sheet, string sheetName, ReportChart chart, bool dataOnSheet, int besideColumn, string numberFormat)
    {
        if (!chart.HasData)
        {
            return;
        }

        var drawings = sheet.AddNewPart<DrawingsPart>();
        var chartPart = drawings.AddNewPart<ChartPart>();
        chartPart.ChartSpace = ChartSpace(new Source(sheetName, chart, dataOnSheet, numberFormat));
        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing(new Xdr.TwoCellAnchor(
            Marker<Xdr.FromMarker>(besideColumn, 0),
            Marker<Xdr.ToMarker>(besideColumn + 9, 20),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = 2, Name = "Chart 1", Description = ReportFormat.XmlSafe(chart.Title) },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = drawings.GetIdOfPart(chartPart) })
                {
                    Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
                }))
            { Macro = "" },
            new Xdr.ClientData()));
        sheet.Worksheet.Append(new DocumentFormat.OpenXml.Spreadsheet.Drawing { Id = sheet.GetIdOfPart(drawings) });
    }

    private static C.ChartSpace ChartSpace(Source source)
    {
        var chart = source.Chart;
        var plotArea = new C.PlotArea(new C.Layout());
        switch (chart.Kind)
        {
            case ChartKind.Pie:
                plotArea.Append(new C.PieChart(
                    new C.VaryColors { Val = true },
                    PieSeries(source),
                    new C.FirstSliceAngle { Val = 0 }));
                break;
            case ChartKind.Line:
                var lines = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
                lines.Append(chart.Series.Select((_, s) => LineSeries(source, s)));
                lines.Append(new C.ShowMarker { Val = true }, new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
                plotArea.Append(lines, CategoryAxis(chart.Kind), ValueAxis(source));
                break;
            default:
                var bars = new C.BarChart(
                    new C.BarDirection { Val = chart.Kind is ChartKind.Funnel ? C.BarDirectionValues.Bar : C.BarDirectionValues.Column },
                    new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
                    new C.VaryColors { Val = false });
                bars.Append(chart.Series.Select((_, s) => BarSeries(source, s)));
                bars.Append(new C.GapWidth { Val = 60 }, new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
                plotArea.Append(bars, CategoryAxis(chart.Kind), ValueAxis(source));
                break;
        }

        return new C.ChartSpace(
            new C.RoundedCorners { Val = false },
            new C.Chart(
                Title(chart.Title),
                new C.AutoTitleDeleted { Val = false },
                plotArea,
                new C.Legend(new C.LegendPosition { Val = chart.Kind is ChartKind.Pie ? C.LegendPositionValues.Right : C.LegendPositionValues.Bottom },
                    new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
    }

    private static C.BarChartSeries BarSeries(Source source, int s) => new(
        new C.Index { Val = (uint)s },
        new C.Order { Val = (uint)s },
        source.SeriesName(s),
        Fill(s),
        new C.InvertIfNegative { Val = false },
        source.Categories(),
        source.Values(s));

    private static C.LineChartSeries LineSeries(Source source, int s) => new(
        new C.Index { Val = (uint)s },
        new C.Order { Val = (uint)s },
        source.SeriesName(s),
        new C.ChartShapeProperties(new A.Outline(new A.SolidFill(Colour(s))) { Width = 28575 }),
        new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 5 }),
        source.Categories(),
        source.Values(s),
        new C.Smooth { Val = false });

    private static C.PieChartSeries PieSeries(Source source)
    {
        var series = new C.PieChartSeries(new C.Index { Val = 0 }, new C.Order { Val = 0 }, source.SeriesName(0));
        series.Append(source.Chart.Categories.Select((_, i) => new C.DataPoint(new C.Index { Val = (uint)i }, new C.Bubble3D { Val = false }, Fill(i))));
        series.Append(
            new C.DataLabels(
                new C.ShowLegendKey { Val = false },
                new C.ShowValue { Val = false },
                new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false },
                new C.ShowPercent { Val = true },
                new C.ShowBubbleSize { Val = false },
                new C.ShowLeaderLines { Val = true }),
            source.Categories(),
            source.Values(0));
        return series;
    }

    private static C.CategoryAxis CategoryAxis(ChartKind kind) => new(
        new C.AxisId { Val = CategoryAxisId },
        new C.Scaling(new C.Orientation { Val = kind is ChartKind.Funnel ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = kind is ChartKind.Funnel ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.Low },
        new C.CrossingAxis { Val = ValueAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = false });

    private static C.ValueAxis ValueAxis(Source source)
    {
        var axis = new C.ValueAxis(
            new C.AxisId { Val = ValueAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = source.Chart.Kind is ChartKind.Funnel ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
            new C.MajorGridlines());
        if (source.Chart.ValueCaption is { } caption)
        {
            axis.Append(Title(caption));
        }

        axis.Append(
            new C.NumberingFormat { FormatCode = source.NumberFormat, SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = CategoryAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });
        return axis;
    }

    private static C.Title Title(string text) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(new A.Run(new A.RunProperties { Language = "en-US" }, new A.Text(ReportFormat.XmlSafe(text)))))),
        new C.Overlay { Val = false });

    private static C.ChartShapeProperties Fill(int index) => new(new A.SolidFill(Colour(index)));

    private static A.RgbColorModelHex Colour(int index) =>
        new() { Val = SvgChartRenderer.Palette[index % SvgChartRenderer.Palette.Count][1..].ToUpperInvariant() };

    private static T Marker<T>(int column, int row)
        where T : OpenXmlCompositeElement, new()
    {
        var marker = new T();
        marker.Append(
            new Xdr.ColumnId(column.ToString(CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(row.ToString(CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }

    /// <summary>Where a chart's data comes from: cells of its sheet (row 1 headers, column A categories) or literals.</summary>
    private sealed record Source(string SheetName, ReportChart Chart, bool OnSheet, string NumberFormat)
    {
        private int Count => Chart.Categories.Count;

        public C.SeriesText SeriesName(int s) => OnSheet
            ? new C.SeriesText(new C.StringReference(new C.Formula(Range(s + 1, 1, 1)), StringCache([Chart.Series[s].Name])))
            : new C.SeriesText(new C.NumericValue(ReportFormat.XmlSafe(Chart.Series[s].Name)));

        public C.CategoryAxisData Categories() => OnSheet
            ? new C.CategoryAxisData(new C.StringReference(new C.Formula(Range(0, 2, Count + 1)), StringCache(Chart.Categories)))
            : new C.CategoryAxisData(new C.StringLiteral(StringPoints(Chart.Categories)));

        public C.Values Values(int s)
        {
            var points = NumberPoints(Chart.Series[s].Values);
            return OnSheet
                ? new C.Values(new C.NumberReference(new C.Formula(Range(s + 1, 2, Count + 1)), new C.NumberingCache(points)))
                : new C.Values(new C.NumberLiteral(points));
        }

        private string Range(int column, int firstRow, int lastRow)
        {
            var name = XlsxReportWriter.ColumnName(column);
            return $"{SheetNames.Quote(SheetName)}!${name}${firstRow}:${name}${lastRow}";
        }

        private static C.StringCache StringCache(IReadOnlyList<string> texts) => new(StringPoints(texts));

        private static OpenXmlElement[] StringPoints(IReadOnlyList<string> texts) =>
        [
            new C.PointCount { Val = (uint)texts.Count },
            .. texts.Select((text, i) => new C.StringPoint(new C.NumericValue(ReportFormat.XmlSafe(text))) { Index = (uint)i }),
        ];

        private OpenXmlElement[] NumberPoints(IReadOnlyList<decimal> values) =>
        [
            new C.FormatCode(NumberFormat),
            new C.PointCount { Val = (uint)values.Count },
            .. values.Select((value, i) => new C.NumericPoint(new C.NumericValue(value.ToString(CultureInfo.InvariantCulture))) { Index = (uint)i }),
        ];
    }
}
