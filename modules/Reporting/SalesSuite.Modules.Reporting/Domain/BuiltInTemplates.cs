using SalesSuite.Modules.Reporting.Rendering;

namespace SalesSuite.Modules.Reporting.Domain;

internal static class BuiltInTemplates
{
    public static readonly Guid MonthlySales = new("7e3b0001-0000-4000-8000-000000000001");
    public static readonly Guid RepPerformance = new("7e3b0001-0000-4000-8000-000000000002");
    public static readonly Guid PipelineReview = new("7e3b0001-0000-4000-8000-000000000003");
    public static readonly Guid CustomerAnalysis = new("7e3b0001-0000-4000-8000-000000000004");
    public static readonly Guid RevenueForecast = new("7e3b0001-0000-4000-8000-000000000005");

    private static readonly List<ReportMeasure> AllMeasures = [ReportMeasure.Revenue, ReportMeasure.Orders, ReportMeasure.OrderLines, ReportMeasure.Quantity];

    public static IReadOnlyList<TemplateView> All { get; } =
    [
        new(MonthlySales, "Monthly sales", true, new(ReportSource.Sales, [SalesDimension.Month], AllMeasures,
            [new(ChartKind.Bar, ReportMeasure.Revenue), new(ChartKind.Line, ReportMeasure.Orders)])),
        new(RepPerformance, "Rep performance", true, new(ReportSource.Sales, [SalesDimension.Rep], AllMeasures,
            [new(ChartKind.Bar, ReportMeasure.Revenue), new(ChartKind.Pie, ReportMeasure.Revenue)])),
        new(PipelineReview, "Pipeline review", true, new(ReportSource.Pipeline, [SalesDimension.Rep], [ReportMeasure.Revenue],
            [new(ChartKind.Bar, ReportMeasure.Revenue), new(ChartKind.Funnel, ReportMeasure.Orders)])),
        new(CustomerAnalysis, "Customer analysis", true, new(ReportSource.Sales, [SalesDimension.Customer], AllMeasures,
            [new(ChartKind.Pie, ReportMeasure.Revenue), new(ChartKind.Bar, ReportMeasure.Orders)])),
        new(RevenueForecast, "Revenue forecast", true, new(ReportSource.Forecast, [SalesDimension.Month], [ReportMeasure.Revenue],
            [new(ChartKind.Line, ReportMeasure.Revenue)])),
    ];

    public static TemplateView? Find(Guid id) => All.FirstOrDefault(t => t.Id == id);

    /// <summary>Whether <paramref name="id"/> is a built-in template, which cannot be changed nor deleted.</summary>
    public static bool IsBuiltIn(Guid id) => Find(id) is not null;
}
