using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Reporting.Tests.Documents;

/// <summary>What the report tests do through the API: customers, confirmed orders, generated reports and their downloads.</summary>
internal static class Scenario
{
    public const string MonthlySales = "Monthly sales";
    public const string RepPerformance = "Rep performance";
    public const string PipelineReview = "Pipeline review";
    public const string CustomerAnalysis = "Customer analysis";
    public const string RevenueForecast = "Revenue forecast";

    public const string ReportFields = "id title templateId from to createdBy scheduleId xlsxUrl htmlUrl charts { title kind valueKind labels series { name " +
        "values } }";

    public static async Task<string> CustomerAsync(GraphQLClient client, string name) =>
        (await client.DataAsync("mutation($n: String!) { createCustomer(input: { name: $n }) { customer { id } } }", new { n = name }))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

    public static async Task<string> ConfirmedOrderAsync(GraphQLClient client, string customer, string lines)
    {
        var id = (await client.DataAsync($"mutation($c: ID!) {{ createOrder(input: {{ customerId: $c, lines: [{lines}] }}) {{ order {{ id }} }} }}",
            new { c = customer }))
            ["createOrder"]!["order"]!["id"]!.GetValue<string>();
        await client.DataAsync("mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { number } } }", new { id });
        return id;
    }

    public static async Task<Dictionary<string, string>> TemplatesAsync(GraphQLClient client) =>
        (await client.DataAsync("{ reportTemplates { id title } }"))["reportTemplates"]!.AsArray()
            .ToDictionary(t => t!["title"]!.GetValue<string>(), t => t!["id"]!.GetValue<string>());

    public static async Task<JsonNode> GenerateAsync(GraphQLClient client, string templateId, string from, string to) =>
        (await client.DataAsync(
            $"mutation($t: ID!, $f: DateOnly!, $to: DateOnly!) " +
            $"{{ generateReport(input: {{ templateId: $t, from: $f, to: $to }}) {{ report {{ {ReportFields} }} }} }}",
            new { t = templateId, f = from, to }))["generateReport"]!["report"]!;

    public static async Task<JsonNode> SalesReportAsync(GraphQLClient client, string from, string to, string[] groupBy, string[]? repIds = null) =>
        (await client.DataAsync("""
            query($f: DateOnly!, $t: DateOnly!, $g: [SalesDimension!], $r: [String!]) { salesReport(from: $f, to: $t, groupBy: $g, repIds: $r) {
              totals { revenue orders orderLines quantity } rows {
                  period repId repName productKey productName customerId customerName measures { revenue orders orderLines quantity } } } }
            """, new { f = from, t = to, g = groupBy, r = repIds }))["salesReport"]!;

    /// <summary>A GET of a download URL with the client's token (or none, or another's).</summary>
    public static Task<HttpResponseMessage> GetAsync(GraphQLClient client, string url, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client.Http.SendAsync(request);
    }

    public static async Task<Workbook> WorkbookAsync(GraphQLClient client, JsonNode report)
    {
        using var response = await client.Http.GetAsync(report["xlsxUrl"]!.GetValue<string>());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return new Workbook(await response.Content.ReadAsByteArrayAsync());
    }
}
