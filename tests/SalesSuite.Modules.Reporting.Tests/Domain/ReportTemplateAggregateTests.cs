using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.Modules.Reporting.Rendering;

namespace SalesSuite.Modules.Reporting.Tests.Domain;

/// <summary>A saved template keeps its query as JSON and shows it back whole; the built-in ones are known by id.</summary>
public sealed class ReportTemplateAggregateTests
{
    private static readonly TemplateDefinition ByRep = new(ReportSource.Sales, [SalesDimension.Rep], [ReportMeasure.Revenue],
        [new TemplateChart(ChartKind.Bar, ReportMeasure.Revenue)], RepIds: ["alice"]);

    [Fact]
    public void A_new_template_shows_its_title_query_and_creator()
    {
        var view = ReportTemplate.Create("carol", "By rep", ByRep).View();

        Assert.Equal(("By rep", false, "carol"), (view.Title, view.BuiltIn, view.CreatedBy));
        Assert.Equal(new[] { SalesDimension.Rep }, view.Definition.GroupBy);
        Assert.Equal(new[] { "alice" }, view.Definition.RepIds!);
        Assert.Equal(ByRep.Charts, view.Definition.Charts);
    }

    [Fact]
    public void A_change_replaces_the_title_and_the_whole_query_and_keeps_the_creator()
    {
        var template = ReportTemplate.Create("carol", "By rep", ByRep);

        template.Change("By month", new TemplateDefinition(ReportSource.Sales, [SalesDimension.Month], [ReportMeasure.Orders], []));

        var view = template.View();
        Assert.Equal(("By month", "carol"), (view.Title, view.CreatedBy));
        Assert.Equal(new[] { ReportMeasure.Orders }, view.Definition.Measures);
        Assert.Null(view.Definition.RepIds);
    }

    [Fact]
    public void Built_in_templates_are_known_by_id_and_saved_ones_are_not()
    {
        Assert.True(BuiltInTemplates.IsBuiltIn(BuiltInTemplates.RevenueForecast));
        Assert.False(BuiltInTemplates.IsBuiltIn(ReportTemplate.Create("carol", "By rep", ByRep).Id));
    }
}
