using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.Modules.Reporting.Features.SaveReportTemplate;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Reporting.Tests.Features;

/// <summary>The rules of a template as sent, no database: every field error at once, then the grouping rule.</summary>
public sealed class SaveReportTemplateValidatorTests
{
    private static readonly SaveReportTemplateInput Valid = new()
    {
        Title = "By rep",
        GroupBy = [SalesDimension.Rep, SalesDimension.Rep],
        Measures = [ReportMeasure.Revenue, ReportMeasure.Orders],
        Charts = [new SaveReportTemplateChartInput { Kind = ChartKind.Pie, Measure = ReportMeasure.Orders }],
        RepIds = ["alice", "", "alice", "bob"],
        ProductKeys = [],
    };

    [Fact]
    public void A_valid_template_becomes_a_sales_query_without_repeats_or_empty_filters()
    {
        var definition = SaveReportTemplateValidator.Check(Valid);

        Assert.Equal(ReportSource.Sales, definition.Source);
        Assert.Equal(new[] { SalesDimension.Rep }, definition.GroupBy);
        Assert.Equal(new[] { new TemplateChart(ChartKind.Pie, ReportMeasure.Orders) }, definition.Charts);
        Assert.Equal(new[] { "alice", "bob" }, definition.RepIds!);
        Assert.Null(definition.ProductKeys);
        Assert.Null(definition.CustomerIds);
    }

    [Fact]
    public void Every_field_error_is_reported_at_once_with_its_path()
    {
        var input = Valid with
        {
            Title = null,
            GroupBy = [],
            Charts = [new SaveReportTemplateChartInput { Kind = ChartKind.Bar, Measure = ReportMeasure.Quantity }],
            RepIds = [new string('r', 65)],
        };

        var error = Assert.Throws<AppException>(() => SaveReportTemplateValidator.Check(input));

        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Equal(new[] { "title", "groupBy", "charts[0].measure", "repIds" }, error.FieldErrors.Select(e => e.Field));
    }

    [Fact]
    public void More_than_four_charts_or_a_hundred_filter_values_are_refused()
    {
        var chart = new SaveReportTemplateChartInput { Kind = ChartKind.Bar, Measure = ReportMeasure.Revenue };
        var input = Valid with { Charts = [chart, chart, chart, chart, chart], ProductKeys = [.. Enumerable.Range(0, 101).Select(i => $"p{i}")] };

        var error = Assert.Throws<AppException>(() => SaveReportTemplateValidator.Check(input));

        Assert.Equal(new[] { "charts", "productKeys" }, error.FieldErrors.Select(e => e.Field));
    }

    [Fact]
    public void Two_periods_are_refused_after_the_field_rules()
    {
        var error = Assert.Throws<AppException>(() => SaveReportTemplateValidator.Check(Valid with { GroupBy = [SalesDimension.Month, SalesDimension.Year] }));

        Assert.Equal("groupBy", Assert.Single(error.FieldErrors).Field);
    }
}
