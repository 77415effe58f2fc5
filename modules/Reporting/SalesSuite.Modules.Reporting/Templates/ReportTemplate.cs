using System.Text.Json;
using System.Text.Json.Serialization;
using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Reporting.Templates;

/// <summary>A figure of the sales read model a template shows (a column of its table, the values of a chart).</summary>
internal enum ReportMeasure
{
    Revenue,
    Orders,
    OrderLines,
    Quantity,
}

/// <summary>Where a template's figures come from: each is one method of <see cref="Documents.ReportComposer"/>.</summary>
internal enum ReportSource
{
    /// <summary><c>salesReport</c>'s figures, grouped and filtered as the template says.</summary>
    Sales,

    /// <summary>Opportunities won and lost per rep (built-in pipeline review).</summary>
    Pipeline,

    /// <summary><c>revenueForecast</c> (built-in revenue forecast).</summary>
    Forecast,
}

internal sealed record TemplateChart(ChartKind Kind, ReportMeasure Measure);

/// <summary>The stored query of a template: what to group by, which measures, which filters, which charts.</summary>
internal sealed record TemplateDefinition(
    ReportSource Source,
    List<SalesDimension> GroupBy,
    List<ReportMeasure> Measures,
    List<TemplateChart> Charts,
    List<string>? RepIds = null,
    List<string>? ProductKeys = null,
    List<Guid>? CustomerIds = null)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static TemplateDefinition FromJson(string json) => JsonSerializer.Deserialize<TemplateDefinition>(json, Json)!;
}

/// <summary>A template a tenant saved; the built-in ones are in <see cref="BuiltInTemplates"/>, never stored.</summary>
internal sealed class ReportTemplate : AggregateRoot
{
    public string Title { get; set; } = string.Empty;

    /// <summary>The <see cref="TemplateDefinition"/> as JSON.</summary>
    public string Definition { get; set; } = string.Empty;

    public string CreatedBy { get; set; } = string.Empty;

    public TemplateView View() => new(Id, Title, false, TemplateDefinition.FromJson(Definition), CreatedBy, UpdatedAt, Version);
}

/// <summary>A template as the API and the composer see it, built-in or saved.</summary>
internal sealed record TemplateView(Guid Id, string Title, bool BuiltIn, TemplateDefinition Definition, string? CreatedBy = null, DateTimeOffset? UpdatedAt = null, long? Version = null);

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
}
