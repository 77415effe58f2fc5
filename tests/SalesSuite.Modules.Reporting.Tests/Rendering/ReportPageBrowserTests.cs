using System.Text;
using System.Text.RegularExpressions;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Reporting.Tests.Rendering;

/// <summary>The printable page as a user sees it: opened from a file in Debian's headless Chromium, offline.</summary>
public sealed class ReportPageBrowserTests : IDisposable
{
    /// <summary>Kept after the run so that a person can look at what the test saw.</summary>
    public static readonly string ScreenshotFile = Path.Combine(Path.GetTempPath(), "salessuite-report.png");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("salessuite-report-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Chromium_shows_every_chart_and_table_with_tenant_text_as_text()
    {
        var url = Save("report.html", HtmlReportWriter.Write(ReportSamples.Quarter()));

        var dom = await Chromium.DumpDomAsync(url);

        Assert.Equal(4, Regex.Count(dom, "<svg "));
        Assert.Equal(3 * 2, Regex.Count(dom, "<rect class=\"bar\""));
        Assert.Equal(3, Regex.Count(dom, "<path class=\"slice\""));
        Assert.Equal(2, Regex.Count(dom, "<polyline class=\"series-line\""));
        Assert.Contains(">120 · 60.0%</text>", dom);
        Assert.Contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>", dom);
        Assert.Contains("<td class=\"num\">1,234,567.89 EUR</td>", dom);
        Assert.DoesNotContain("<script", dom);
    }

    [Fact]
    public async Task The_screenshot_shows_the_title_and_the_charts_in_the_palette_colours()
    {
        var url = Save("report.html", HtmlReportWriter.Write(ReportSamples.Quarter()));

        await Chromium.ScreenshotAsync(url, ScreenshotFile, 1000, 1400);

        var image = Png.Read(ScreenshotFile);
        Assert.Equal((1000, 1400), (image.Width, image.Height));
        var pixels = image.Pixels().ToArray();
        var ink = pixels.Count(p => p.R < 200 || p.G < 200 || p.B < 200);
        Assert.True(ink > pixels.Length / 50, $"only {ink} of {pixels.Length} pixels are not (nearly) white: the page looks blank");
        foreach (var colour in SvgChartRenderer.Palette.Take(2))
        {
            var (r, g, b) = (Convert.ToByte(colour[1..3], 16), Convert.ToByte(colour[3..5], 16), Convert.ToByte(colour[5..7], 16));
            Assert.True(pixels.Count(p => p == (r, g, b)) > 1000, $"the first chart's bars ({colour}) should be visible");
        }
    }

    [Fact]
    public async Task The_content_security_policy_stops_a_script_that_escaped_escaping()
    {
        const string planted = "<script>document.body.setAttribute('data-script-ran', 'yes')</script></body>";
        var html = HtmlReportWriter.Write(ReportSamples.Quarter()).Replace("</body>", planted, StringComparison.Ordinal);
        var withoutPolicy = Regex.Replace(html, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");

        var guarded = await Chromium.DumpDomAsync(Save("guarded.html", html));
        var unguarded = await Chromium.DumpDomAsync(Save("unguarded.html", withoutPolicy));

        Assert.Contains("data-script-ran=\"yes\"", unguarded);
        Assert.DoesNotContain("data-script-ran=\"yes\"", guarded);
        Assert.Contains("setAttribute('data-script-ran'", guarded);
    }

    private string Save(string name, string html)
    {
        var file = Path.Combine(_folder.FullName, name);
        File.WriteAllText(file, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return new Uri(file).AbsoluteUri;
    }
}
