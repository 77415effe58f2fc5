using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesSuite.Modules.Reporting.Domain;

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
