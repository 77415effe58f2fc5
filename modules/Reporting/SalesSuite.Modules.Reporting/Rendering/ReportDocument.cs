namespace SalesSuite.Modules.Reporting.Rendering;

/// <summary>
/// A report as the writers see it: already computed, already in the tenant's words. Pure data, validated once
/// here so that the xlsx and HTML writers never meet a half-valid document.
/// </summary>
internal sealed record ReportDocument
{
    public ReportDocument(string title, string? subtitle, string tenantName, DateTimeOffset generatedAt, string currencyCode,
        IEnumerable<ReportSection> sections)
    {
        Title = ReportText.Required(title, nameof(title));
        Subtitle = string.IsNullOrWhiteSpace(subtitle) ? null : subtitle;
        TenantName = ReportText.Required(tenantName, nameof(tenantName));
        GeneratedAt = generatedAt;
        if (currencyCode is null || currencyCode.Length != 3 || !currencyCode.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"The currency code must be three upper-case letters (ISO 4217), not '{currencyCode}'.", nameof(currencyCode));
        }

        CurrencyCode = currencyCode;
        ArgumentNullException.ThrowIfNull(sections);
        Sections = ReportText.NoNulls(sections, nameof(sections));
    }

    public string Title { get; }

    /// <summary>Usually the period, e.g. "1 October – 31 December 2026".</summary>
    public string? Subtitle { get; }

    public string TenantName { get; }

    /// <summary>Passed in by the caller (who owns the clock), so the same report renders the same bytes.</summary>
    public DateTimeOffset GeneratedAt { get; }

    /// <summary>The ISO 4217 code shown with every <see cref="ColumnKind.Money"/> value.</summary>
    public string CurrencyCode { get; }

    public IReadOnlyList<ReportSection> Sections { get; }
}

/// <summary>One part of a report: a heading with a table, a chart or both.</summary>
internal sealed record ReportSection
{
    public ReportSection(string heading, ReportTable? table = null, ReportChart? chart = null)
    {
        Heading = ReportText.Required(heading, nameof(heading));
        if (table is null && chart is null)
        {
            throw new ArgumentException($"The section '{heading}' needs a table or a chart.", nameof(table));
        }

        Table = table;
        Chart = chart;
    }

    public string Heading { get; }

    public ReportTable? Table { get; }

    public ReportChart? Chart { get; }

    /// <summary>The table to show as data: the section's own, or else its chart's series, one column each.</summary>
    public ReportTable DataTable => Table ?? Chart!.ToTable();
}

internal static class ReportText
{
    public static string Required(string? value, string parameter) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A non-blank text is required.", parameter) : value;

    public static IReadOnlyList<T> NoNulls<T>(IEnumerable<T> items, string parameter)
    {
        var copy = items.ToArray();
        if (Array.IndexOf(copy, null) is var index and >= 0)
        {
            throw new ArgumentException($"Item {index} is null.", parameter);
        }

        return Array.AsReadOnly(copy);
    }
}
