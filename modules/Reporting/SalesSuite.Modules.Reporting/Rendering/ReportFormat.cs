using System.Globalization;
using System.Text;

namespace SalesSuite.Modules.Reporting.Rendering;

/// <summary>
/// How values read as text, the same in the HTML page, the chart labels and the xlsx column widths: invariant culture,
/// thousands separators, fixed decimals, so that output does not depend on the server's locale.
/// </summary>
internal static class ReportFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Value(object? value, ColumnKind kind, string? currencyCode) => value switch
    {
        null => "",
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", Invariant),
        decimal number => Number(number, kind, currencyCode),
        _ => throw new ArgumentException($"Unexpected value type {value.GetType().Name}.", nameof(value)),
    };

    public static string Number(decimal value, ColumnKind kind, string? currencyCode) => kind switch
    {
        ColumnKind.Integer => value.ToString("#,##0", Invariant),
        ColumnKind.Money => value.ToString("#,##0.00", Invariant) + (currencyCode is null ? "" : " " + currencyCode),
        ColumnKind.Percent => (value * 100m).ToString("#,##0.0", Invariant) + "%",
        _ => value.ToString("#,##0.00", Invariant),
    };

    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", Invariant) + " UTC";

    /// <summary>Drops the characters XML 1.0 cannot carry (most C0 controls, lone surrogates): tenant data may hold them.</summary>
    public static string XmlSafe(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (!pair && (char.IsSurrogate(c) || !IsXmlChar(c)))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                continue;
            }

            builder?.Append(c);
            if (pair)
            {
                builder?.Append(text[++i]);
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Escapes text for HTML and SVG content and quoted attribute values.</summary>
    public static string Escape(string text)
    {
        var safe = XmlSafe(text);
        if (safe.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return safe;
        }

        var builder = new StringBuilder(safe.Length + 16);
        foreach (var c in safe)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>At most <paramref name="maxLength"/> text elements; a longer text ends in an ellipsis.</summary>
    public static string Shorten(string text, int maxLength)
    {
        var info = new StringInfo(text);
        return info.LengthInTextElements <= maxLength
            ? text
            : info.SubstringByTextElements(0, Math.Max(1, maxLength - 1)).TrimEnd() + "…";
    }

    private static bool IsXmlChar(char c) => c is '\t' or '\n' or '\r' or >= ' ' and not ('\uFFFE' or '\uFFFF');
}
