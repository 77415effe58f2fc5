using System.Text;

namespace SalesSuite.Modules.Reporting.Rendering;

/// <summary>
/// One printable HTML5 page: inline CSS and inline SVG only, so it opens offline, prints the same everywhere and
/// can be stored as one file. Everything from the document is escaped (tenant data is untrusted) and the page's
/// Content-Security-Policy forbids scripts and every fetch, so even a missed escape could not run code.
/// </summary>
internal static class HtmlReportWriter
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private const string Css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 14px/1.45 'DejaVu Sans', 'Segoe UI', Arial, Helvetica,
            sans-serif; color: #222; background: #fff; }
        header.cover { border-bottom: 2px solid #4e79a7; margin-bottom: 1.5rem; }
        h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
        .subtitle { font-size: 1.15rem; color: #444; margin: 0 0 .75rem; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; color: #444; }
        dl.meta dt { font-weight: bold; }
        dl.meta dd { margin: 0; }
        section.report-section { margin: 0 0 2rem; }
        h2 { font-size: 1.3rem; margin: 0 0 .75rem; }
        figure.chart { margin: 0 0 1rem; }
        figure.chart svg { display: block; max-width: 100%; height: auto; }
        table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
        th, td { padding: .3rem .6rem; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        thead th { border-bottom: 2px solid #888; background: #f1f4f8; }
        .num { text-align: right; white-space: nowrap; }
        tfoot td { font-weight: bold; border-top: 2px solid #888; }
        footer { color: #777; font-size: .85rem; margin-top: 2rem; }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          section.report-section { break-before: page; page-break-before: always; }
          figure.chart, tr { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          tfoot { display: table-footer-group; }
          thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        var title = E(document.Title);
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{ContentSecurityPolicy}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="SalesSuite">
            <title>{title} · {E(document.TenantName)}</title>
            <style>
            {Css}
            </style>
            </head>
            <body>
            <header class="cover">
            <h1>{title}</h1>

            """);
        if (document.Subtitle is not null)
        {
            html.Append($"<p class=\"subtitle\">{E(document.Subtitle)}</p>\n");
        }

        html.Append($"""
            <dl class="meta">
            <dt>Tenant</dt><dd>{E(document.TenantName)}</dd>
            <dt>Generated at</dt><dd><time datetime="{document.GeneratedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}">{ReportFormat
                .Timestamp(document.GeneratedAt)}</time></dd>
            <dt>Currency</dt><dd>{document.CurrencyCode}</dd>
            </dl>
            </header>

            """);
        foreach (var section in document.Sections)
        {
            html.Append($"<section class=\"report-section\">\n<h2>{E(section.Heading)}</h2>\n");
            if (section.Chart is { } chart)
            {
                html.Append("<figure class=\"chart\">").Append(SvgChartRenderer.Render(chart, document.CurrencyCode)).Append("</figure>\n");
            }

            AppendTable(html, section.DataTable, document.CurrencyCode);
            html.Append("</section>\n");
        }

        html.Append($"<footer>{title} · {E(document.TenantName)} · {ReportFormat.Timestamp(document.GeneratedAt)}</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendTable(StringBuilder html, ReportTable table, string currencyCode)
    {
        html.Append("<table>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append($"<th scope=\"col\"{NumClass(column)}>{E(column.Name)}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            AppendRow(html, table, row, currencyCode);
        }

        html.Append("</tbody>\n");
        if (table.Totals is { } totals)
        {
            html.Append("<tfoot>\n");
            AppendRow(html, table, totals, currencyCode);
            html.Append("</tfoot>\n");
        }

        html.Append("</table>\n");
    }

    private static void AppendRow(StringBuilder html, ReportTable table, IReadOnlyList<object?> row, string currencyCode)
    {
        html.Append("<tr>");
        for (var i = 0; i < row.Count; i++)
        {
            html.Append($"<td{NumClass(table.Columns[i])}>{E(ReportFormat.Value(row[i], table.Columns[i].Kind, currencyCode))}</td>");
        }

        html.Append("</tr>\n");
    }

    private static string NumClass(ReportColumn column) => column.IsNumeric ? " class=\"num\"" : "";

    private static string E(string text) => ReportFormat.Escape(text);
}
