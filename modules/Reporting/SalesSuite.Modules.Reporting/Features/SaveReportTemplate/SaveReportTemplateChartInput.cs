using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.Modules.Reporting.Rendering;

namespace SalesSuite.Modules.Reporting.Features.SaveReportTemplate;

/// <summary>One chart of a template as sent: its kind and the measure it shows.</summary>
internal sealed record SaveReportTemplateChartInput
{
    public ChartKind? Kind { get; init; }

    public ReportMeasure? Measure { get; init; }
}
