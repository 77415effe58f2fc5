using System.Text.Json.Serialization;

namespace SalesSuite.Modules.Reporting.Domain;

internal sealed record ChartSeriesData(string Name, IReadOnlyList<decimal> Values)
{
    /// <summary>The deniable fields the values are derived from: the chart's, set when read (not stored per series).</summary>
    [JsonIgnore]
    public IReadOnlyList<string>? DerivedFrom { get; init; }
}
