using SalesSuite.Modules.Reporting.Rendering;

namespace SalesSuite.Modules.Reporting.Tests.Rendering;

public sealed class ReportDocumentTests
{
    private static readonly ReportColumn[] TwoColumns = [new("Name", ColumnKind.Text), new("Count", ColumnKind.Integer)];

    [Fact]
    public void A_series_with_fewer_values_than_categories_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new ReportChart(ChartKind.Bar, "Revenue", ["Jan", "Feb"], [new ChartSeries("Revenue", [1m])]));

        Assert.Equal("series", error.ParamName);
        Assert.Contains("'Revenue' has 1 values for 2 categories", error.Message);
    }

    [Theory]
    [InlineData("Pie")]
    [InlineData("Funnel")]
    public void Pie_and_funnel_charts_refuse_negative_values(string kindName)
    {
        var kind = Enum.Parse<ChartKind>(kindName);
        var error = Assert.Throws<ArgumentException>(() =>
            new ReportChart(kind, "Share", ["A", "B"], [new ChartSeries("Deals", [3m, -1m])]));

        Assert.Contains("negative value -1 ('B')", error.Message);
    }

    [Theory]
    [InlineData("Bar")]
    [InlineData("Line")]
    public void Bar_and_line_charts_take_negative_values(string kindName)
    {
        var kind = Enum.Parse<ChartKind>(kindName);
        var chart = new ReportChart(kind, "Margin", ["A", "B"], [new ChartSeries("Margin", [3m, -1m])]);

        Assert.Equal([3m, -1m], chart.Series[0].Values);
    }

    [Theory]
    [InlineData("Pie")]
    [InlineData("Funnel")]
    public void Pie_and_funnel_charts_show_exactly_one_series(string kindName)
    {
        var kind = Enum.Parse<ChartKind>(kindName);
        var error = Assert.Throws<ArgumentException>(() =>
            new ReportChart(kind, "Share", ["A"], [new ChartSeries("One", [1m]), new ChartSeries("Two", [2m])]));

        Assert.Contains("exactly one series, not 2", error.Message);
    }

    [Fact]
    public void A_chart_needs_a_series_and_an_integer_chart_whole_numbers()
    {
        Assert.Throws<ArgumentException>(() => new ReportChart(ChartKind.Bar, "Empty", ["A"], []));
        Assert.Throws<ArgumentException>(() =>
            new ReportChart(ChartKind.Bar, "Deals", ["A"], [new ChartSeries("Deals", [1.5m])], valueKind: ColumnKind.Integer));
        Assert.Throws<ArgumentException>(() =>
            new ReportChart(ChartKind.Bar, "Days", ["A"], [new ChartSeries("Deals", [1m])], valueKind: ColumnKind.Date));
    }

    [Fact]
    public void A_row_with_a_missing_value_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReportTable(TwoColumns, [["a", 1], ["b"]]));

        Assert.Equal("Row 1 has 1 values for 2 columns.", error.Message.Split(" (Parameter")[0]);
    }

    [Fact]
    public void A_totals_row_must_fit_the_columns_too()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReportTable(TwoColumns, [["a", 1]], ["Total"]));

        Assert.Equal("totals", error.ParamName);
    }

    [Theory]
    [InlineData("Integer", 1.5)]
    [InlineData("Money", "12.00")]
    [InlineData("Number", double.NaN)]
    [InlineData("Text", 12)]
    [InlineData("Date", "2026-01-01")]
    public void A_value_of_the_wrong_kind_is_refused_with_its_column(string kindName, object value)
    {
        var kind = Enum.Parse<ColumnKind>(kindName);
        var error = Assert.Throws<ArgumentException>(() => new ReportTable([new ReportColumn("Amount", kind)], [[value]]));

        Assert.Contains($"not a valid {kind} value for the column 'Amount'", error.Message);
    }

    [Fact]
    public void Numbers_of_any_type_become_decimals_and_dates_become_days()
    {
        var table = new ReportTable(
            [new("Count", ColumnKind.Integer), new("Amount", ColumnKind.Money), new("Rate", ColumnKind.Percent), new("Day", ColumnKind.Date)],
            [[7L, 2.25, 0.5f, new DateTime(2026, 3, 4, 15, 0, 0)]]);

        Assert.Equal([7m, 2.25m, 0.5m, new DateOnly(2026, 3, 4)], table.Rows[0]);
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData("")]
    [InlineData("E1R")]
    public void The_currency_is_an_ISO_4217_code(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => new ReportDocument("Report", null, "Demo", ReportSamples.GeneratedAt, code, []));

        Assert.Equal("currencyCode", error.ParamName);
    }

    [Fact]
    public void Titles_and_headings_must_not_be_blank_and_a_section_needs_content()
    {
        Assert.Throws<ArgumentException>(() => new ReportDocument(" ", null, "Demo", ReportSamples.GeneratedAt, "EUR", []));
        Assert.Throws<ArgumentException>(() => new ReportDocument("Report", null, "", ReportSamples.GeneratedAt, "EUR", []));
        var error = Assert.Throws<ArgumentException>(() => new ReportSection("Nothing"));
        Assert.Contains("'Nothing' needs a table or a chart", error.Message);
    }

    [Fact]
    public void The_document_keeps_its_own_copies_of_the_lists_it_was_given()
    {
        List<object?> row = ["a", 1];
        List<ReportSection> sections = [new ReportSection("One", new ReportTable(TwoColumns, [row]))];
        var document = new ReportDocument("Report", null, "Demo", ReportSamples.GeneratedAt, "EUR", sections);

        row[1] = 99;
        sections.Clear();

        Assert.Single(document.Sections);
        Assert.Equal(1m, document.Sections[0].Table!.Rows[0][1]);
        Assert.IsNotType<object?[]>(document.Sections[0].Table!.Rows[0]);
    }

    [Fact]
    public void A_chart_becomes_a_table_with_a_category_column_and_one_column_per_series()
    {
        var table = ReportSamples.Bar(("Revenue", [1m, 2m, 3m]), ("Target", [4m, 5m, 6m])).ToTable();

        Assert.Equal(["Category", "Revenue", "Target"], table.Columns.Select(c => c.Name));
        Assert.Equal([ColumnKind.Text, ColumnKind.Money, ColumnKind.Money], table.Columns.Select(c => c.Kind));
        Assert.Equal<object?>(["Aug", 2m, 5m], table.Rows[1]);
        Assert.Null(table.Totals);
    }
}
