using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SalesSuite.Modules.Reporting.Rendering;
using SalesSuite.Testing;
using static SalesSuite.Modules.Reporting.Tests.Documents.Scenario;

namespace SalesSuite.Modules.Reporting.Tests.Documents;

/// <summary>
/// Report templates and generated reports through the API, on orders made in February and March 2027 (past the
/// demo data): each built-in template's workbook holds exactly <c>salesReport</c>'s figures, the files download only with a
/// token of the right tenant and scope, and the page shows its charts in Chromium.
/// </summary>
public abstract class GeneratedReportTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string From = "2027-02-01";
    private const string To = "2027-03-31";

    private static readonly Dictionary<string, string> MeasureFields = new()
    {
        ["REVENUE"] = "revenue",
        ["ORDERS"] = "orders",
        ["ORDER_LINES"] = "orderLines",
        ["QUANTITY"] = "quantity",
    };

    private GraphQLClient Admin => App.As("demo");

    private GraphQLClient Carol => App.As("demo", "carol", "manager");

    private GraphQLClient Alice => App.As("demo", "alice", "rep");

    [Fact]
    public async Task Every_built_in_template_gives_a_workbook_with_the_sales_reports_figures_and_chart_series()
    {
        await SeedAsync();
        var templates = await TemplatesAsync(Alice);
        Assert.Equal([MonthlySales, RepPerformance, PipelineReview, CustomerAnalysis, RevenueForecast], templates.Keys);

        foreach (var (title, groupBy) in new[] { (MonthlySales, "MONTH"), (RepPerformance, "REP"), (CustomerAnalysis, "CUSTOMER") })
        {
            foreach (var client in new[] { Admin, Alice })
            {
                var report = await GenerateAsync(client, templates[title], From, To);
                var sales = await SalesReportAsync(client, From, To, [groupBy]);
                AssertFigures(await WorkbookAsync(client, report), sales, [groupBy], ["REVENUE", "ORDERS", "ORDER_LINES", "QUANTITY"]);
                var chart = report["charts"]![0]!;
                Assert.Equal(sales["rows"]!.AsArray().Select(r => r!["measures"]!["revenue"]!.GetValue<decimal>()),
                    chart["series"]![0]!["values"]!.AsArray().Select(v => v!.GetValue<decimal>()));
            }
        }

        var monthly = await GenerateAsync(Admin, templates[MonthlySales], From, To);
        Assert.Equal(MonthlySales, monthly["title"]!.GetValue<string>());
        Assert.Equal(("BAR", "MONEY", "Revenue by month"),
            (monthly["charts"]![0]!["kind"]!.GetValue<string>(), monthly["charts"]![0]!["valueKind"]!.GetValue<string>(),
            monthly["charts"]![0]!["title"]!.GetValue<string>()));
        Assert.Equal(["2027-02", "2027-03"], monthly["charts"]![0]!["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal([3m, 2m], monthly["charts"]![1]!["series"]![0]!["values"]!.AsArray().Select(v => v!.GetValue<decimal>()));

        // Pipeline review: every rep's opportunity figures as salesReport gives them by rep (alice's won deal of February and her open
        // deal expected in March), the totals, and the open pipeline by month of expected close.
        var pipelineReport = await GenerateAsync(Admin, templates[PipelineReview], From, To);
        var pipeline = await WorkbookAsync(Admin, pipelineReport);
        Assert.Equal(["Rep", "Rep name", "Opened", "Won", "Lost", "Win rate", "Won amount", "Open pipeline", "Weighted pipeline"],
            pipeline.Row("Pipeline by rep", 1).Select(c => c ?? ""));
        var rows = Enumerable.Range(2, pipeline.RowCount("Pipeline by rep") - 1).Select(i => pipeline.Row("Pipeline by rep", i)).ToList();
        var byRepReport = (await Admin.DataAsync("""
            query($f: DateOnly!, $t: DateOnly!) { salesReport(from: $f, to: $t, groupBy: [REP]) {
              totals { opportunitiesOpened opportunitiesWon wonAmount pipelineAmount weightedPipeline }
              rows { repId measures { opportunitiesOpened opportunitiesWon opportunitiesLost wonAmount pipelineAmount weightedPipeline } } } }
            """, new { f = From, t = To }))["salesReport"]!;
        var expected = byRepReport["rows"]!.AsArray().Select(r => r!["measures"]!)
            .Where(m => m["opportunitiesOpened"]!.GetValue<int>() + m["opportunitiesWon"]!.GetValue<int>() + m["opportunitiesLost"]!.GetValue<int>() > 0
                || m["pipelineAmount"]!.GetValue<decimal>() != 0m)
            .Count();
        Assert.Equal(expected + 1, rows.Count);
        foreach (var row in rows.SkipLast(1))
        {
            var measures = byRepReport["rows"]!.AsArray().Single(r => r!["repId"]!.GetValue<string>() == row[0])!["measures"]!;
            Assert.Equal(
                new[] { "opportunitiesOpened", "opportunitiesWon", "opportunitiesLost", "wonAmount", "pipelineAmount", "weightedPipeline" }
                    .Select(name => measures[name]!.GetValue<decimal>()),
                new[] { 2, 3, 4, 6, 7, 8 }.Select(i => Workbook.Number(row[i])));
        }

        var alice = Assert.Single(rows, r => r[0] == "alice");
        Assert.Equal(("Alice Adams", 1m, 250m), (alice[1], Workbook.Number(alice[3]), Workbook.Number(alice[6])));
        Assert.True(Workbook.Number(alice[7]) >= 400m,
            "alice's open deal expected in March is in her open pipeline (with any demo deals expected in the range)");
        Assert.Equal("Total", rows[^1][0]);
        Assert.Equal(byRepReport["totals"]!["wonAmount"]!.GetValue<decimal>(), Workbook.Number(rows[^1][6]));
        Assert.Equal(rows.SkipLast(1).Sum(r => Workbook.Number(r[7])), Workbook.Number(rows[^1][7]));
        var byClose = pipelineReport["charts"]!.AsArray().Single(c => c!["title"]!.GetValue<string>() == "Open pipeline by month of expected close")!;
        var byMonth = (await Admin.DataAsync(
            "query($f: DateOnly!, $t: DateOnly!) { salesReport(from: $f, to: $t, groupBy: [MONTH]) { rows { period measures { pipelineAmount " +
            "weightedPipeline } } } }",
            new { f = From, t = To }))["salesReport"]!["rows"]!.AsArray().Where(r => r!["measures"]!["pipelineAmount"]!.GetValue<decimal>() != 0m).ToList();
        Assert.Equal(byMonth.Select(r => r!["period"]!.GetValue<string>()[..7]), byClose["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Contains("2027-03", byClose["labels"]!.AsArray().Select(l => l!.GetValue<string>()));   // alice's open deal
        Assert.Equal(byMonth.Select(r => r!["measures"]!["pipelineAmount"]!.GetValue<decimal>()),
            byClose["series"]![0]!["values"]!.AsArray().Select(v => v!.GetValue<decimal>()));
        Assert.Equal(byMonth.Select(r => r!["measures"]!["weightedPipeline"]!.GetValue<decimal>()),
            byClose["series"]![1]!["values"]!.AsArray().Select(v => v!.GetValue<decimal>()));

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var forecast = await WorkbookAsync(Admin, await GenerateAsync(Admin, templates[RevenueForecast], From, To));
        Assert.Contains("Revenue history", forecast.SheetNames);
        Assert.Contains("Accuracy", forecast.SheetNames);

        // Newest first; a rep lists only the reports they generated.
        var mine = (await Alice.DataAsync("{ generatedReports(first: 50) { totalCount nodes { createdBy title } } }"))["generatedReports"]!;
        Assert.Equal(3, mine["totalCount"]!.GetValue<int>());
        Assert.All(mine["nodes"]!.AsArray(), n => Assert.Equal("alice", n!["createdBy"]!.GetValue<string>()));
        var all = (await Admin.DataAsync("{ generatedReports(first: 50) { totalCount nodes { createdBy title } } }"))["generatedReports"]!;
        Assert.Equal(9, all["totalCount"]!.GetValue<int>());
        Assert.Equal(RevenueForecast, all["nodes"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Files_download_with_the_token_of_a_user_who_sees_the_report_and_nobody_else()
    {
        await SeedAsync();
        var report = await GenerateAsync(Admin, (await TemplatesAsync(Admin))[MonthlySales], From, To);
        var xlsx = report["xlsxUrl"]!.GetValue<string>();
        var html = report["htmlUrl"]!.GetValue<string>();
        var anonymous = App.Anonymous();

        using var workbook = await GetAsync(anonymous, xlsx, App.Token());
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", workbook.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("monthly-sales_2027-02-01_2027-03-31.xlsx", workbook.Content.Headers.ContentDisposition.FileNameStar);
        Assert.NotEmpty(new Workbook(await workbook.Content.ReadAsByteArrayAsync()).SheetNames);

        using var page = await GetAsync(anonymous, html, App.Token());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        Assert.Equal("inline", page.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(HtmlReportWriter.ContentSecurityPolicy, Assert.Single(page.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("<title>Monthly sales", await page.Content.ReadAsStringAsync());

        using var noToken = await GetAsync(anonymous, xlsx);
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal("Bearer", noToken.Headers.WwwAuthenticate.Single().Scheme);
        using var otherTenant = await GetAsync(anonymous, xlsx, App.Token("acme"));
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        using var otherUser = await GetAsync(anonymous, html, App.Token("demo", "alice", "rep"));
        Assert.Equal(HttpStatusCode.NotFound, otherUser.StatusCode);
        using var noPermission = await GetAsync(anonymous, xlsx, App.Token("demo", "guest", "guest"));
        Assert.Equal(HttpStatusCode.Forbidden, noPermission.StatusCode);
        using var unknownKind = await GetAsync(anonymous, xlsx.Replace("report-xlsx", "report-pdf", StringComparison.Ordinal), App.Token());
        Assert.Equal(HttpStatusCode.NotFound, unknownKind.StatusCode);
        using var badId = await GetAsync(anonymous, "/downloads/report-xlsx/not-a-guid", App.Token());
        Assert.Equal(HttpStatusCode.NotFound, badId.StatusCode);
        using var unknownId = await GetAsync(anonymous, $"/downloads/report-xlsx/{Guid.NewGuid()}", App.Token());
        Assert.Equal(HttpStatusCode.NotFound, unknownId.StatusCode);

        // The team's manager sees the report of a rep below them; the rep does not see the manager's.
        var alices = await GenerateAsync(Alice, (await TemplatesAsync(Alice))[RepPerformance], From, To);
        using var byManager = await GetAsync(anonymous, alices["xlsxUrl"]!.GetValue<string>(), App.Token("demo", "carol", "manager"));
        Assert.Equal(HttpStatusCode.OK, byManager.StatusCode);
        var carols = await GenerateAsync(Carol, (await TemplatesAsync(Carol))[RepPerformance], From, To);
        using var byRep = await GetAsync(anonymous, carols["xlsxUrl"]!.GetValue<string>(), App.Token("demo", "alice", "rep"));
        Assert.Equal(HttpStatusCode.NotFound, byRep.StatusCode);
    }

    [Fact]
    public async Task The_downloaded_page_shows_its_charts_in_Chromium()
    {
        await SeedAsync();
        var report = await GenerateAsync(Admin, (await TemplatesAsync(Admin))[MonthlySales], From, To);
        using var page = await GetAsync(App.Anonymous(), report["htmlUrl"]!.GetValue<string>(), App.Token());
        var folder = Directory.CreateTempSubdirectory("salessuite-generated-");
        try
        {
            var file = Path.Combine(folder.FullName, "report.html");
            await File.WriteAllBytesAsync(file, await page.Content.ReadAsByteArrayAsync());

            var dom = await Chromium.DumpDomAsync(new Uri(file).AbsoluteUri);

            Assert.Equal(2, Regex.Count(dom, "<svg "));
            Assert.Equal(2, Regex.Count(dom, "<rect class=\"bar\""));               // revenue of February and March
            Assert.Equal(1, Regex.Count(dom, "<polyline class=\"series-line\""));   // orders per month
            Assert.Contains("Revenue by month", dom);
            Assert.Contains("Demo Trading Co.", dom);
            var sales = await SalesReportAsync(Admin, From, To, ["MONTH"]);
            Assert.Contains($"{sales["totals"]!["revenue"]!.GetValue<decimal>():#,##0.00} USD", dom);
            Assert.DoesNotContain("<script", dom);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Tenant_templates_are_saved_by_managers_validated_generated_and_deleted()
    {
        await SeedAsync();
        const string save = """
            mutation($i: SaveReportTemplateInput!) {
                saveReportTemplate(input: $i) { template { id title builtIn source groupBy measures repIds version charts { kind measure } } } }
            """;
        var input = new JsonObject
        {
            ["title"] = "Alice by product",
            ["groupBy"] = new JsonArray("MONTH", "PRODUCT"),
            ["measures"] = new JsonArray("REVENUE", "QUANTITY"),
            ["charts"] = new JsonArray(new JsonObject { ["kind"] = "LINE", ["measure"] = "REVENUE" }),
            ["repIds"] = new JsonArray("alice"),
        };
        Assert.Equal("FORBIDDEN", (await Alice.PostAsync(save, new { i = input })).FirstErrorCode);
        var template = (await Carol.DataAsync(save, new { i = input }))["saveReportTemplate"]!["template"]!;
        Assert.Equal(("Alice by product", false, "SALES"),
            (template["title"]!.GetValue<string>(), template["builtIn"]!.GetValue<bool>(), template["source"]!.GetValue<string>()));
        var id = template["id"]!.GetValue<string>();

        foreach (var (field, value, path) in new (string, JsonNode, string)[]
        {
            ("groupBy", new JsonArray("MONTH", "WEEK"), "groupBy"),
            ("title", JsonValue.Create(" ")!, "title"),
            ("charts", new JsonArray(new JsonObject { ["kind"] = "PIE", ["measure"] = "ORDERS" }), "charts[0].measure"),
            ("measures", new JsonArray(), "measures"),
        })
        {
            var bad = (JsonObject)input.DeepClone();
            bad[field] = value;
            var refused = await Carol.PostAsync(save, new { i = bad });
            Assert.Equal("VALIDATION", refused.FirstErrorCode);
            Assert.Equal(path, refused.Errors[0]["extensions"]!["fields"]![0]!["field"]!.GetValue<string>());
        }

        var templates = await TemplatesAsync(Alice);
        Assert.Equal(6, templates.Count);
        var report = await GenerateAsync(Admin, id, From, To);
        var sales = await SalesReportAsync(Admin, From, To, ["MONTH", "PRODUCT"], ["alice"]);
        AssertFigures(await WorkbookAsync(Admin, report), sales, ["MONTH", "PRODUCT"], ["REVENUE", "QUANTITY"]);
        Assert.Equal(["Revenue by month and product"], report["charts"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));

        // A change with the version read; a stale one is refused.
        var renamed = (JsonObject)input.DeepClone();
        renamed["id"] = id;
        renamed["title"] = "Alice's products";
        renamed["version"] = template["version"]!.GetValue<long>();
        Assert.Equal("Alice's products", (await Carol.DataAsync(save, new { i = renamed }))["saveReportTemplate"]!["template"]!["title"]!.GetValue<string>());
        Assert.Equal("CONFLICT", (await Carol.PostAsync(save, new { i = renamed })).FirstErrorCode);
        var builtIn = (JsonObject)input.DeepClone();
        builtIn["id"] = templates[MonthlySales];
        Assert.Equal("VALIDATION", (await Carol.PostAsync(save, new { i = builtIn })).FirstErrorCode);

        const string delete = "mutation($id: ID!) { deleteReportTemplate(input: { id: $id }) { deletedId } }";
        Assert.Equal("VALIDATION", (await Carol.PostAsync(delete, new { id = templates[MonthlySales] })).FirstErrorCode);
        var schedule = (await Carol.DataAsync("mutation($t: ID!) { scheduleReport(input: { templateId: $t, frequency: MONTHLY }) { schedule { id } } }",
            new { t = id }))
            ["scheduleReport"]!["schedule"]!["id"]!.GetValue<string>();
        Assert.Equal("CONFLICT", (await Carol.PostAsync(delete, new { id })).FirstErrorCode);
        await Carol.DataAsync("mutation($id: ID!) { deleteReportSchedule(input: { id: $id }) { deletedId } }", new { id = schedule });
        Assert.Equal(id, (await Carol.DataAsync(delete, new { id }))["deleteReportTemplate"]!["deletedId"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", (await Carol.PostAsync(delete, new { id })).FirstErrorCode);
        Assert.Equal(5, (await TemplatesAsync(Alice)).Count);
        Assert.Equal("NOT_FOUND",
            (await Admin.PostAsync(
                "mutation($t: ID!) { generateReport(input: { templateId: $t, from: \"2027-01-01\", to: \"2027-01-31\" }) { report { id } } }",
            new { t = id })).FirstErrorCode);
        Assert.Equal("VALIDATION",
            (await Admin.PostAsync(
                "mutation($t: ID!) { generateReport(input: { templateId: $t, from: \"2027-02-01\", to: \"2027-01-31\" }) { report { id } } }",
            new { t = templates[MonthlySales] })).FirstErrorCode);
    }

    /// <summary>The workbook's Figures sheet, cell by cell, against the sales report's rows and totals.</summary>
    private static void AssertFigures(Workbook workbook, JsonNode sales, string[] groupBy, string[] measures)
    {
        var rows = sales["rows"]!.AsArray();
        Assert.Equal(rows.Count + 2, workbook.RowCount("Figures"));
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = workbook.Row("Figures", i + 2);
            var row = rows[i]!;
            var c = 0;
            foreach (var dimension in groupBy)
            {
                switch (dimension)
                {
                    case "REP":
                        Assert.Equal(row["repId"]!.GetValue<string>(), cells[c++]);
                        Assert.Equal(row["repName"]!.GetValue<string>(), cells[c++]);
                        break;
                    case "CUSTOMER":
                        Assert.Equal(row["customerId"]!.GetValue<string>(), cells[c++]);
                        Assert.Equal(row["customerName"]!.GetValue<string>(), cells[c++]);
                        break;
                    case "PRODUCT":
                        Assert.Equal(row["productKey"]!.GetValue<string>(), cells[c++]);
                        Assert.Equal(row["productName"]!.GetValue<string>(), cells[c++]);
                        break;
                    default:
                        Assert.Equal(DateOnly.Parse(row["period"]!.GetValue<string>()), Workbook.Date(cells[c++]));
                        break;
                }
            }

            foreach (var measure in measures)
            {
                Assert.Equal(row["measures"]![MeasureFields[measure]]!.GetValue<decimal>(), Workbook.Number(cells[c++]));
            }
        }

        var totals = workbook.Row("Figures", rows.Count + 2);
        var first = totals.Length - measures.Length;
        Assert.Equal(measures.Select(m => sales["totals"]![MeasureFields[m]]!.GetValue<decimal>()), totals.Skip(first).Select(Workbook.Number));
    }

    /// <summary>
    /// February: alice sells to two customers (250 and 120) and wins a deal of 250, bob sells 100; March: alice 75, dave (West) 80.
    /// </summary>
    private async Task SeedAsync()
    {
        App.Clock.Advance(new DateTimeOffset(2027, 2, 15, 14, 0, 0, TimeSpan.Zero) - App.Clock.GetUtcNow());
        var bob = App.As("demo", "bob", "rep");
        var dave = App.As("demo", "dave", "rep");
        var product = (await Admin.DataAsync("mutation { defineProduct(input: { sku: \"R-1\", name: \"Report Widget\", unitPrice: 100 }) { product { id } } }"))
            ["defineProduct"]!["product"]!["id"]!.GetValue<string>();
        var first = await CustomerAsync(Alice, "First Buyer");
        var second = await CustomerAsync(Alice, "Second Buyer");
        await ConfirmedOrderAsync(Alice, first, $"{{ productId: \"{product}\", quantity: 2 }}, {{ description: \"Install\", quantity: 1, unitPrice: 50 }}");
        await ConfirmedOrderAsync(Alice, second, "{ description: \"Spare part\", quantity: 1, unitPrice: 120 }");
        await ConfirmedOrderAsync(bob, await CustomerAsync(bob, "Bob's Buyer"), $"{{ productId: \"{product}\", quantity: 1 }}");
        var deal = (await Alice.DataAsync(
            "mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: \"Deal\", amount: 250 }) { opportunity { id } } }", new { c = first }))
            ["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();
        var stages = (await Alice.DataAsync("{ pipelineStages { nodes { id name } } }"))["pipelineStages"]!["nodes"]!.AsArray().ToDictionary(
            s => s!["name"]!.GetValue<string>(), s => s!["id"]!.GetValue<string>());
        await Alice.DataAsync(
            "mutation($id: ID!, $s: ID!) { moveOpportunityStage(input: { id: $id, stageId: $s, reason: \"Fit\" }) { opportunity { status } } }",
            new { id = deal, s = stages["Won"] });
        await Alice.DataAsync(
            "mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: \"Expansion\", amount: 400, expectedCloseDate: \"2027-03-10\" }) { " +
            "opportunity { id } } }",
            new { c = second });
        App.Clock.Advance(TimeSpan.FromDays(20));
        await ConfirmedOrderAsync(Alice, first, $"{{ description: \"Service\", quantity: 3, unitPrice: 25 }}");
        await ConfirmedOrderAsync(dave, await CustomerAsync(dave, "West Buyer"), "{ description: \"Gadget\", quantity: 1, unitPrice: 80 }");
        while (await App.DispatchEventsAsync() > 0)
        {
        }
    }
}

public sealed class GeneratedReportsOnSqlite() : GeneratedReportTests(TestProvider.Sqlite);

public sealed class GeneratedReportsOnPostgres() : GeneratedReportTests(TestProvider.Postgres);
