using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Reporting.Features.SaveReportTemplate;

/// <summary>A new tenant template (without id) or the whole of an existing one; ids as sent, texts trimmed.</summary>
internal sealed record SaveReportTemplateInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<SalesDimension>? GroupBy { get; init; }

    public IReadOnlyList<ReportMeasure>? Measures { get; init; }

    public IReadOnlyList<SaveReportTemplateChartInput> Charts { get; init; } = [];

    public IReadOnlyList<string>? RepIds { get; init; }

    public IReadOnlyList<string>? ProductKeys { get; init; }

    public IReadOnlyList<string>? CustomerIds { get; init; }
}
