using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using SalesSuite.Modules.Reporting.Rendering;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace SalesSuite.Modules.Reporting.Tests.Rendering;

public sealed class XlsxReportWriterTests : IDisposable
{
    private readonly MemoryStream _file = new();
    private readonly SpreadsheetDocument _workbook;

    public XlsxReportWriterTests()
    {
        XlsxReportWriter.Write(ReportSamples.Quarter(), _file);
        _file.Position = 0;
        _workbook = SpreadsheetDocument.Open(_file, isEditable: false);
    }

    public void Dispose()
    {
        _workbook.Dispose();
        _file.Dispose();
    }

    [Fact]
    public void The_file_is_a_valid_workbook()
    {
        var errors = new OpenXmlValidator().Validate(_workbook).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
        Assert.Equal("Sales report", _workbook.PackageProperties.Title);
        Assert.Equal(ReportSamples.GeneratedAt.UtcDateTime, _workbook.PackageProperties.Created);
    }

    [Fact]
    public void There_is_a_summary_sheet_and_one_sheet_per_section_with_a_legal_name()
    {
        Assert.Equal(["Summary", "Revenue by month", "Top customers", "Pipeline- stages (open)", "Won by source", "Orders per week"], SheetNames());
    }

    [Fact]
    public void Sheet_names_are_shortened_cleaned_and_made_unique()
    {
        var table = new ReportTable([new ReportColumn("A", ColumnKind.Text)], []);
        string[] headings = ["Umsatz nach Vertriebsmitarbeiter und Monat 2026", "Umsatz nach Vertriebsmitarbeiter und Monat 2025", "summary", "History",
            "a/b\\c?*", "'quoted'", "[]"];
        using var file = new MemoryStream();

        XlsxReportWriter.Write(new ReportDocument("R", null, "T", ReportSamples.GeneratedAt, "EUR", headings.Select(h => new ReportSection(h, table))), file);

        file.Position = 0;
        using var workbook = SpreadsheetDocument.Open(file, false);
        var names = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToArray();
        Assert.Equal(
            ["Summary", "Umsatz nach Vertriebsmitarbeite", "Umsatz nach Vertriebsmitarb (2)", "summary (2)", "History (2)", "a-b-c--", "quoted", "()"], names);
        Assert.All(names, n => Assert.InRange(n.Length, 1, 31));
        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void The_summary_shows_title_period_tenant_time_currency_and_links_to_the_sections()
    {
        var sheet = Sheet("Summary");

        Assert.Equal("Sales report", Text(sheet, "A1"));
        Assert.True(Font(sheet, "A1").Bold is not null);
        Assert.Equal("Q3 2026 (1 July – 30 September)", Text(sheet, "A2"));
        Assert.Equal<string[]>(["Tenant", "Demo & Co"], [Text(sheet, "A4"), Text(sheet, "B4")]);
        Assert.Equal("Generated at", Text(sheet, "A5"));
        Assert.Null(Cell(sheet, "B5").DataType);
        Assert.Equal(new DateTime(2026, 11, 25, 18, 30, 0), DateTime.FromOADate(Number(sheet, "B5")));
        Assert.Equal("yyyy-mm-dd hh:mm \"UTC\"", FormatCode(sheet, "B5"));
        Assert.Equal<string[]>(["Currency", "EUR"], [Text(sheet, "A6"), Text(sheet, "B6")]);
        Assert.Equal<string[]>(["Section", "Sheet"], [Text(sheet, "A8"), Text(sheet, "B8")]);
        Assert.Equal<string[]>(["Pipeline: stages [open]", "Pipeline- stages (open)"], [Text(sheet, "A11"), Text(sheet, "B11")]);
        var link = sheet.Descendants<Hyperlink>().Single(h => h.Reference == "B11");
        Assert.Equal("'Pipeline- stages (open)'!A1", link.Location);
    }

    [Fact]
    public void The_header_row_is_bold_and_frozen()
    {
        var sheet = Sheet("Revenue by month");

        Assert.Equal(["Month", "Orders", "Revenue", "Share", "First order", "Average items"], Row(sheet, 1).Select(c => Text(sheet, c.CellReference!)));
        Assert.All(Row(sheet, 1), c => Assert.NotNull(Font(sheet, c.CellReference!).Bold));
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
    }

    [Fact]
    public void Numbers_are_numeric_cells_with_a_format_for_their_kind()
    {
        var sheet = Sheet("Revenue by month");

        Assert.Equal([1204, 1234567.89, 0.125, new DateTime(2026, 7, 1).ToOADate(), 3.5], Refs("B2", "C2", "D2", "E2", "F2").Select(r => Number(sheet, r)));
        Assert.All(Row(sheet, 2).Skip(1), c => Assert.Null(c.DataType));
        Assert.Equal(["#,##0", "#,##0.00 \"EUR\"", "0.0%", "yyyy-mm-dd", "#,##0.00"], Refs("B2", "C2", "D2", "E2", "F2").Select(r => FormatCode(sheet, r)));
        Assert.Equal(-120.5, Number(sheet, "C4"));
        Assert.Equal(new DateTime(2026, 8, 3).ToOADate(), Number(sheet, "E3"));
        Assert.Null(Cell(sheet, "E4").CellValue);
        Assert.Equal(CellValues.SharedString, Cell(sheet, "A2").DataType!.Value);
        Assert.Null(Font(sheet, "C2").Bold);
    }

    [Fact]
    public void The_totals_row_is_bold_and_numeric()
    {
        var sheet = Sheet("Revenue by month");

        Assert.Equal("Total", Text(sheet, "A5"));
        Assert.Equal(1236947.39, Number(sheet, "C5"));
        Assert.Equal("#,##0.00 \"EUR\"", FormatCode(sheet, "C5"));
        Assert.All(Row(sheet, 5), c => Assert.NotNull(Font(sheet, c.CellReference!).Bold));
        Assert.Equal(5, sheet.Descendants<Row>().Count());
    }

    [Fact]
    public void Columns_are_wide_enough_for_their_longest_value()
    {
        var sheet = Sheet("Top customers");

        var widths = sheet.Descendants<Column>().Select(c => c.Width!.Value).ToArray();
        Assert.Equal(2, widths.Length);
        Assert.InRange(widths[0], ReportSamples.Script.Length, 60);
        Assert.InRange(widths[1], "1,000.00 EUR".Length, 20);
    }

    [Fact]
    public void Tenant_text_is_kept_as_text_without_characters_xml_cannot_hold()
    {
        var sheet = Sheet("Top customers");

        Assert.Equal([ReportSamples.Script, "Müller & Söhne \"Nord\"", "Bell Ltd"], Refs("A2", "A3", "A4").Select(r => Text(sheet, r)));
    }

    [Fact]
    public void A_section_with_only_a_chart_gets_its_series_as_a_table()
    {
        var sheet = Sheet("Orders per week");

        Assert.Equal(["Category", "2026", "2025"], Row(sheet, 1).Select(c => Text(sheet, c.CellReference!)));
        Assert.Equal<string[]>(["W28", "18", "11"], [Text(sheet, "A3"), Cell(sheet, "B3").CellValue!.Text, Cell(sheet, "C3").CellValue!.Text]);
        Assert.Equal("#,##0", FormatCode(sheet, "B3"));
        Assert.Equal(5, sheet.Descendants<Row>().Count());
    }

    [Fact]
    public void A_chart_only_section_gets_a_native_chart_that_refers_to_its_cells()
    {
        var chart = ChartSpace("Orders per week").Descendants<C.LineChart>().Single();

        var series = chart.Elements<C.LineChartSeries>().ToArray();
        Assert.Equal(2, series.Length);
        Assert.Equal("'Orders per week'!$B$1:$B$1", series[0].SeriesText!.Descendants<C.Formula>().Single().Text);
        Assert.Equal("'Orders per week'!$A$2:$A$5", series[0].Descendants<C.CategoryAxisData>().Single().Descendants<C.Formula>().Single().Text);
        Assert.Equal("'Orders per week'!$C$2:$C$5", series[1].Descendants<C.Values>().Single().Descendants<C.Formula>().Single().Text);
        Assert.Equal(["10", "11", "14", "15"], series[1].Descendants<C.Values>().Single().Descendants<C.NumericPoint>().Select(p => p.InnerText));
    }

    [Fact]
    public void A_chart_beside_its_own_table_carries_its_values_as_literals()
    {
        var chart = ChartSpace("Revenue by month").Descendants<C.BarChart>().Single();

        Assert.Equal(C.BarDirectionValues.Column, chart.BarDirection!.Val!.Value);
        var series = chart.Elements<C.BarChartSeries>().ToArray();
        Assert.Equal(["Revenue", "Target"], series.Select(s => s.SeriesText!.InnerText));
        Assert.Empty(chart.Descendants<C.Formula>());
        Assert.Equal(["1234567.89", "2500", "-120.5"], series[0].Descendants<C.NumberLiteral>().Single().Elements<C.NumericPoint>().Select(p => p.InnerText));
        Assert.Equal("#,##0.00 \"EUR\"", chart.Parent!.Descendants<C.ValueAxis>().Single().GetFirstChild<C.NumberingFormat>()!.FormatCode!.Value);
    }

    [Fact]
    public void Pie_and_funnel_sections_get_a_pie_and_top_down_horizontal_bars_and_plain_tables_get_no_chart()
    {
        Assert.Single(ChartSpace("Won by source").Descendants<C.PieChart>().Single().Descendants<C.PieChartSeries>());
        var funnel = ChartSpace("Pipeline- stages (open)");
        Assert.Equal(C.BarDirectionValues.Bar, funnel.Descendants<C.BarDirection>().Single().Val!.Value);
        Assert.Equal(C.OrientationValues.MaxMin, funnel.Descendants<C.CategoryAxis>().Single().Descendants<C.Orientation>().Single().Val!.Value);
        Assert.Null(SheetPart("Top customers").DrawingsPart);
    }

    [Fact]
    public void A_chart_without_data_leaves_a_valid_sheet_with_only_its_header()
    {
        var empty = new ReportChart(ChartKind.Bar, "Nothing yet", [], [new ChartSeries("Revenue", [])]);
        using var file = new MemoryStream();

        XlsxReportWriter.Write(new ReportDocument("R", null, "T", ReportSamples.GeneratedAt, "EUR", [new ReportSection("Empty", chart: empty)]), file);

        file.Position = 0;
        using var workbook = SpreadsheetDocument.Open(file, false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        var part = workbook.WorkbookPart!.WorksheetParts.Single(p => p.Worksheet.Descendants<Row>().Count() == 1);
        Assert.Null(part.DrawingsPart);
    }

    [Fact]
    public void The_workbook_can_be_written_to_a_stream_that_cannot_seek()
    {
        using var target = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(target);

        XlsxReportWriter.Write(ReportSamples.Quarter(), forwardOnly);

        Assert.True(target.Length > 1000);
        target.Position = 0;
        using var workbook = SpreadsheetDocument.Open(target, false);
        Assert.Equal(6, workbook.WorkbookPart!.WorksheetParts.Count());
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_names_follow_excel(int index, string name) => Assert.Equal(name, XlsxReportWriter.ColumnName(index));

    private static string[] Refs(params string[] references) => references;

    private string[] SheetNames() => _workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToArray();

    private WorksheetPart SheetPart(string name)
    {
        var sheet = _workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)_workbook.WorkbookPart.GetPartById(sheet.Id!);
    }

    private Worksheet Sheet(string name) => SheetPart(name).Worksheet;

    private C.ChartSpace ChartSpace(string sheetName) => SheetPart(sheetName).DrawingsPart!.ChartParts.Single().ChartSpace;

    private static Cell[] Row(Worksheet sheet, uint index) => sheet.Descendants<Row>().Single(r => r.RowIndex! == index).Elements<Cell>().ToArray();

    private static Cell Cell(Worksheet sheet, string reference) => sheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    private static double Number(Worksheet sheet, string reference) =>
        double.Parse(Cell(sheet, reference).CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private string Text(Worksheet sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        Assert.Equal(CellValues.SharedString, cell.DataType!.Value);
        var strings = _workbook.WorkbookPart!.SharedStringTablePart!.SharedStringTable;
        return strings.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText;
    }

    private CellFormat Format(Worksheet sheet, string reference) =>
        _workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)Cell(sheet, reference).StyleIndex!.Value);

    private Font Font(Worksheet sheet, string reference) =>
        _workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)Format(sheet, reference).FontId!.Value);

    private string FormatCode(Worksheet sheet, string reference)
    {
        var id = Format(sheet, reference).NumberFormatId!.Value;
        string[] builtIn = ["General", "0", "0.00", "#,##0", "#,##0.00"];
        return id < builtIn.Length
            ? builtIn[id]
            : _workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
                .Single(f => f.NumberFormatId! == id).FormatCode!;
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
