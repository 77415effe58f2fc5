using SalesSuite.Modules.Reporting.Rendering;

namespace SalesSuite.Modules.Reporting.Domain;

internal sealed record TemplateChart(ChartKind Kind, ReportMeasure Measure);
