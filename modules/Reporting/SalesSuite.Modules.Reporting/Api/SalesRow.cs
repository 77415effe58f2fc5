namespace SalesSuite.Modules.Reporting.Api;

/// <summary>A group of a report with the display names of its keys (from the read model's dimensions; null when unknown there).</summary>
internal sealed record SalesRow(SalesKey Key, string? ProductName, string? TeamName, SalesMeasures Measures, string? RepName = null,
    string? CustomerName = null);
