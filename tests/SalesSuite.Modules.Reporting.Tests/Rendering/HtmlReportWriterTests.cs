using System.Text;
using System.Text.RegularExpressions;
using SalesSuite.Modules.Reporting.Rendering;

namespace SalesSuite.Modules.Reporting.Tests.Rendering;

public sealed class HtmlReportWriterTests
{
    private readonly string _html = HtmlReportWriter.Write(ReportSamples.Quarter());

    [Fact]
    public void The_page_is_self_contained_and_its_policy_forbids_scripts_and_fetches()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", _html);
        Assert.Contains("<meta charset=\"utf-8\">", _html);
        Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlReportWriter.ContentSecurityPolicy}\">", _html);
        Assert.StartsWith("default-src 'none';", HtmlReportWriter.ContentSecurityPolicy);
        Assert.DoesNotContain("script-src", HtmlReportWriter.ContentSecurityPolicy);
        foreach (var external in new[] { "<script", "<link", "<img", "<iframe", "src=", "href=", "@import", "url(", "@font-face" })
        {
            Assert.DoesNotContain(external, _html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Tenant_text_comes_out_as_text()
    {
        Assert.Contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>", _html);
        Assert.Contains("<td>Müller &amp; Söhne &quot;Nord&quot;</td>", _html);
        Assert.Contains("<td>Bell Ltd</td>", _html);
        Assert.Contains("<title>Sales report · Demo &amp; Co</title>", _html);
        Assert.Contains("<h2>Pipeline: stages [open]</h2>", _html);
    }

    [Fact]
    public void The_cover_shows_title_period_tenant_time_and_currency()
    {
        Assert.Contains("<h1>Sales report</h1>", _html);
        Assert.Contains("<p class=\"subtitle\">Q3 2026 (1 July – 30 September)</p>", _html);
        Assert.Contains("<dt>Tenant</dt><dd>Demo &amp; Co</dd>", _html);
        Assert.Contains("<time datetime=\"2026-11-25T18:30:00Z\">2026-11-25 18:30 UTC</time>", _html);
        Assert.Contains("<dt>Currency</dt><dd>EUR</dd>", _html);
    }

    [Fact]
    public void Numbers_are_right_aligned_and_formatted_per_kind()
    {
        Assert.Contains(".num { text-align: right;", _html);
        Assert.Contains(
            "<tr><td>July</td><td class=\"num\">1,204</td><td class=\"num\">1,234,567.89 EUR</td><td class=\"num\">12.5%</td><td " +
            "class=\"num\">2026-07-01</td><td class=\"num\">3.50</td></tr>",
            _html);
        Assert.Contains("<td class=\"num\">-120.50 EUR</td>", _html);
        Assert.Contains("<th scope=\"col\">Month</th><th scope=\"col\" class=\"num\">Orders</th>", _html);
    }

    [Fact]
    public void The_totals_row_is_the_table_footer()
    {
        var footer = Regex.Match(_html, "<tfoot>\n(.*?)</tfoot>", RegexOptions.Singleline);

        Assert.True(footer.Success);
        Assert.Equal(
            "<tr><td>Total</td><td class=\"num\">2,201</td><td class=\"num\">1,236,947.39 EUR</td><td class=\"num\">100.0%</td><td class=\"num\"></td><td " +
            "class=\"num\"></td></tr>\n",
            footer.Groups[1].Value);
        Assert.Equal(1, Regex.Count(_html, "<tfoot>"));
    }

    [Fact]
    public void Each_chart_is_one_inline_svg_in_its_section()
    {
        var sections = Regex.Matches(_html, "<section class=\"report-section\">(.*?)</section>", RegexOptions.Singleline).Select(m => m.Groups[1].Value)
            .ToArray();

        Assert.Equal(5, sections.Length);
        Assert.Equal([1, 0, 1, 1, 1], sections.Select(s => Regex.Count(s, "<svg ")));
        Assert.Contains("class=\"chart chart-bar\"", sections[0]);
        Assert.Contains("class=\"chart chart-funnel\"", sections[2]);
        Assert.Contains("class=\"chart chart-pie\"", sections[3]);
        Assert.Contains("class=\"chart chart-line\"", sections[4]);
        Assert.Equal(3 * 2, Regex.Count(sections[0], "<rect class=\"bar\""));
        Assert.Contains("1,234,567.89 EUR", sections[0]);
    }

    [Fact]
    public void A_section_with_only_a_chart_shows_its_series_as_a_table_too()
    {
        var pie = Regex.Match(_html, "<h2>Won by source</h2>(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;

        Assert.Contains("<th scope=\"col\">Category</th><th scope=\"col\" class=\"num\">Won</th>", pie);
        Assert.Contains("<tr><td>Referral</td><td class=\"num\">30</td></tr>", pie);
    }

    [Fact]
    public void Printing_starts_each_section_on_a_new_page_and_keeps_charts_whole()
    {
        var print = Regex.Match(_html, @"@media print \{(.*?)\n\}", RegexOptions.Singleline);

        Assert.True(print.Success);
        Assert.Contains("section.report-section { break-before: page;", print.Groups[1].Value);
        Assert.Contains("figure.chart, tr { break-inside: avoid;", print.Groups[1].Value);
        Assert.Contains("@page { size: A4;", _html);
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var again = HtmlReportWriter.Write(ReportSamples.Quarter());

        Assert.Equal(Encoding.UTF8.GetBytes(_html), Encoding.UTF8.GetBytes(again));
    }

    [Fact]
    public void A_document_without_sections_is_a_cover_page()
    {
        var html = HtmlReportWriter.Write(new ReportDocument("Empty", null, "Acme", ReportSamples.GeneratedAt, "USD", []));

        Assert.DoesNotContain("<section", html);
        Assert.DoesNotContain("class=\"subtitle\"", html);
        Assert.Contains("<dd>USD</dd>", html);
        Assert.EndsWith("</body>\n</html>\n", html);
    }
}
