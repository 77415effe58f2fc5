using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Tenancy;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Reporting.Tests;

/// <summary>
/// The sales report over the reporting read model, which only the Orders module's events feed: periods of the tenant's
/// own calendar (here New York), amounts in the base currency at each order's rate, cancellations taken out, the
/// record scope applied, redelivered events counted once.
/// </summary>
public abstract class SalesReportTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string Report = """
        query($from: DateOnly!, $to: DateOnly!, $g: [SalesDimension!], $c: Boolean) { salesReport(from: $from, to: $to, groupBy: $g, compareToPrevious: $c) {
          baseCurrency totals { revenue orders orderLines quantity }
          previous { from to totals { revenue } revenueChange }
          rows { period repId productKey productName measures { revenue orders orderLines quantity } } } }
        """;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Tenancy:Tenants:0:TimeZone"] = "America/New_York" };

    [Fact]
    public async Task Report_figures_add_up_to_the_orders_by_month_of_the_tenants_calendar_rep_and_product()
    {
        var admin = App.As("demo");
        var alice = App.As("demo", "alice", "rep");
        var bob = App.As("demo", "bob", "rep");
        await admin.DataAsync("mutation { setExchangeRate(input: { currency: \"EUR\", date: \"2026-11-01\", rate: 1.2 }) { exchangeRate { rate } } }");
        var product = (await admin.DataAsync("mutation { defineProduct(input: { sku: \"P-1\", name: \"Widget\", unitPrice: 100 }) { product { id } } }"))
            ["defineProduct"]!["product"]!["id"]!.GetValue<string>();
        var aliceCustomer = await CustomerAsync(alice, "Alice's Buyer");
        var bobCustomer = await CustomerAsync(bob, "Bob's Buyer");

        // 2026-12-01 03:00 UTC is still 30 November in New York.
        App.Clock.Advance(new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero) - App.Clock.GetUtcNow());
        await ConfirmedOrderAsync(alice, aliceCustomer, null,
            $"{{ productId: \"{product}\", quantity: 2 }}, {{ description: \"Install\", quantity: 1, unitPrice: 50 }}");
        App.Clock.Advance(TimeSpan.FromDays(1));
        await ConfirmedOrderAsync(bob, bobCustomer, null, $"{{ productId: \"{product}\", quantity: 1 }}");
        await ConfirmedOrderAsync(alice, aliceCustomer, "EUR", "{ description: \"Spare part\", quantity: 1, unitPrice: 100 }");
        var cancelled = await ConfirmedOrderAsync(alice, aliceCustomer, null, "{ description: \"Never mind\", quantity: 10, unitPrice: 999 }");
        await alice.DataAsync("mutation($id: ID!) { cancelOrder(input: { id: $id }) { order { status } } }", new { id = cancelled });
        await App.DispatchEventsAsync();

        var byMonthAndRep = await ReportAsync(admin, "2026-11-01", "2026-12-31", ["MONTH", "REP"]);
        Assert.Equal("USD", byMonthAndRep["baseCurrency"]!.GetValue<string>());
        Assert.Equal("470/3/4/5", Measures(byMonthAndRep["totals"]!));
        Assert.Equal(["2026-11-01 alice 250/1/2/3", "2026-12-01 alice 120/1/1/1", "2026-12-01 bob 100/1/1/1"],
            byMonthAndRep["rows"]!.AsArray().Select(r => $"{r!["period"]} {r["repId"]} {Measures(r["measures"]!)}"));

        var byProduct = await ReportAsync(admin, "2026-11-01", "2026-12-31", ["PRODUCT"]);
        Assert.Equal(["P-1 Widget 300/2/2/3", "Spare part Spare part 120/1/1/1", "Install Install 50/1/1/1"],
            byProduct["rows"]!.AsArray().Select(r => $"{r!["productKey"]} {r["productName"]} {Measures(r["measures"]!)}"));

        // Only the products asked for, orders counted once each.
        var widgets = await admin.DataAsync("""
            { salesReport(from: "2026-11-01", to: "2026-12-31", productKeys: ["P-1"]) { totals { revenue orders orderLines quantity } } }
            """);
        Assert.Equal("300/2/2/3", Measures(widgets["salesReport"]!["totals"]!));

        // Reports by period, rep and team read the reps' days, which hold the sums of their order lines, for every scope.
        var days = await DayAndRepAsync(admin, fromLines: false);
        Assert.Equal(["2026-11-30 alice 250/1/2/3", "2026-12-01 alice 120/1/1/1", "2026-12-01 bob 100/1/1/1"], days);
        Assert.Equal(await DayAndRepAsync(admin, fromLines: true), days);
        Assert.Equal(days.Where(d => d.Contains(" alice ", StringComparison.Ordinal)), await DayAndRepAsync(alice, fromLines: false));

        // December against the 31 days before it (31 October to 30 November): 220 against 250.
        var december = await ReportAsync(admin, "2026-12-01", "2026-12-31", [], compare: true);
        Assert.Equal("220/2/2/2", Measures(december["totals"]!));
        Assert.Empty(december["rows"]!.AsArray());
        Assert.Equal(("2026-10-31", "2026-11-30", 250m, -0.12m),
            (december["previous"]!["from"]!.GetValue<string>(), december["previous"]!["to"]!.GetValue<string>(),
            december["previous"]!["totals"]!["revenue"]!.GetValue<decimal>(), december["previous"]!["revenueChange"]!.GetValue<decimal>()));

        // A rep sees their own sales only; a later rate does not move history.
        Assert.Equal("370/2/3/4", Measures((await ReportAsync(alice, "2026-11-01", "2026-12-31", []))["totals"]!));
        Assert.Equal("100/1/1/1", Measures((await ReportAsync(bob, "2026-11-01", "2026-12-31", []))["totals"]!));
        await admin.DataAsync("mutation { setExchangeRate(input: { currency: \"EUR\", date: \"2026-11-01\", rate: 5 }) { exchangeRate { rate } } }");
        Assert.Equal("470/3/4/5", Measures((await ReportAsync(admin, "2026-11-01", "2026-12-31", []))["totals"]!));

        // Thrown away and rebuilt from the Orders module's replayed events, the read model gives the same report to the last row.
        var incremental = new[] { await DetailAsync(admin), await DetailAsync(alice) };
        foreach (var table in new[] { "SalesLines", "SalesDays" })
        {
            await ExecuteSqlAsync(Provider == TestProvider.Sqlite ? $"DELETE FROM \"reporting_{table}\"" : $"DELETE FROM reporting.\"{table}\"");
        }

        Assert.Equal("0/0/0/0", Measures((await ReportAsync(admin, "2026-11-01", "2026-12-31", []))["totals"]!));
        var model = Assert.Single(App.Services.GetServices<IRebuildableReadModel>());
        // Four confirmations and one cancellation, besides the customers, reps, teams and opportunities of the demo seed.
        Assert.True(await model.RebuildAsync((await App.Services.GetRequiredService<ITenantStore>().FindAsync("demo"))!, CancellationToken.None) > 5);
        Assert.Equal(incremental, new[] { await DetailAsync(admin), await DetailAsync(alice) });
    }

    /// <summary>The finest grouping there is, as text: equal text, equal model.</summary>
    private static async Task<string> DetailAsync(GraphQLClient client)
    {
        var rows = new List<string>();
        foreach (var groupBy in new[] { new[] { "DAY", "REP", "PRODUCT" }, ["CUSTOMER"], ["DAY", "REP"], ["WEEK"], ["QUARTER"], ["YEAR"] })
        {
            rows.AddRange((await client.DataAsync("""
                query($g: [SalesDimension!]) {
                    salesReport(from: "2026-01-01", to: "2027-12-31", groupBy: $g) {
                        rows { period repId productKey customerId measures { revenue orders orderLines quantity } } } }
                """, new { g = groupBy }))["salesReport"]!["rows"]!.AsArray().Select(r => r!.ToJsonString()));
        }

        return string.Join("\n", rows);
    }

    [Fact]
    public async Task A_redelivered_event_is_counted_once_and_bad_groupings_are_refused()
    {
        var alice = App.As("demo", "alice", "rep");
        while (await App.DispatchEventsAsync() > 0)
        {
            // the demo seed's own events, a batch per outbox at a time
        }

        var customer = await CustomerAsync(alice, "Once Ltd");
        await ConfirmedOrderAsync(alice, customer, null, "{ description: \"Item\", quantity: 3, unitPrice: 10 }");
        Assert.Equal(3, await App.DispatchEventsAsync()); // CustomerChanged, OrderCreated and OrderConfirmed
        var reset = await ExecuteSqlAsync(Provider == TestProvider.Sqlite
            ? "UPDATE \"orders_Outbox\" SET \"ProcessedAt\" = NULL"
            : "UPDATE orders.\"Outbox\" SET \"ProcessedAt\" = NULL");
        Assert.Equal(2, reset);
        Assert.Equal(2, await App.DispatchEventsAsync());
        Assert.Equal("30/1/1/3", Measures((await ReportAsync(alice, "2026-11-01", "2026-11-30", []))["totals"]!));

        var twoPeriods = await alice.PostAsync(Report, new { from = "2026-11-01", to = "2026-11-30", g = new[] { "MONTH", "WEEK" } });
        Assert.Equal("VALIDATION", twoPeriods.FirstErrorCode);
        Assert.Equal("groupBy", twoPeriods.Errors[0]["extensions"]!["fields"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("VALIDATION", (await alice.PostAsync(Report, new { from = "2026-11-30", to = "2026-11-01" })).FirstErrorCode);

        // Filtering by a customer one may not see is refused like any other lookup of it.
        const string byCustomer = "query($c: ID!) { salesReport(from: \"2026-11-01\", to: \"2026-11-30\", customerIds: [$c]) { totals { revenue } } }";
        Assert.Equal(30m, (await alice.DataAsync(byCustomer, new { c = customer }))["salesReport"]!["totals"]!["revenue"]!.GetValue<decimal>());
        Assert.Equal("NOT_FOUND", (await App.As("demo", "bob", "rep").PostAsync(byCustomer, new { c = customer })).FirstErrorCode);
    }

    [Fact]
    public async Task An_order_counts_once_for_each_of_its_products_and_once_for_several_of_them()
    {
        var alice = App.As("demo", "alice", "rep");
        var customer = await CustomerAsync(alice, "Twice Ltd");
        await ConfirmedOrderAsync(alice, customer, null,
            "{ description: \"Test bolt\", quantity: 2, unitPrice: 5 }, { description: \"Test nut\", quantity: 1, unitPrice: 1 }, " +
            "{ description: \"Test bolt\", quantity: 1, unitPrice: 5 }");
        while (await App.DispatchEventsAsync() > 0)
        {
            // every outbox, the demo seed's included
        }

        var report = (await alice.DataAsync("""
            { salesReport(from: "2026-01-01", to: "2027-12-31", groupBy: [PRODUCT], productKeys: ["Test bolt", "Test nut"]) {
                totals { revenue orders orderLines quantity } rows { productKey productName measures { revenue orders orderLines quantity } } } }
            """))["salesReport"]!;
        Assert.Equal(["Test bolt Test bolt 15/1/2/3", "Test nut Test nut 1/1/1/1"],
            report["rows"]!.AsArray().Select(r => $"{r!["productKey"]} {r["productName"]} {Measures(r["measures"]!)}"));
        Assert.Equal("16/1/3/4", Measures(report["totals"]!));
    }

    private async Task<JsonNode> ReportAsync(GraphQLClient client, string from, string to, string[] groupBy, bool compare = false) =>
        (await client.DataAsync(Report, new { from, to, g = groupBy, c = compare }))["salesReport"]!;

    /// <summary>Each day's and rep's figures, from the reps' days, or summed from the order lines' rows by customer (which the days cannot answer).</summary>
    private async Task<List<string>> DayAndRepAsync(GraphQLClient client, bool fromLines)
    {
        var rows = (await ReportAsync(client, "2026-11-01", "2026-12-31", fromLines ? ["DAY", "REP", "CUSTOMER"] : ["DAY", "REP"]))["rows"]!.AsArray();
        decimal Sum(IEnumerable<JsonNode?> group, string measure) => group.Sum(r => r!["measures"]![measure]!.GetValue<decimal>());
        return rows.GroupBy(r => $"{r!["period"]} {r["repId"]}").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {Sum(g, "revenue"):0.##}/{Sum(g, "orders")}/{Sum(g, "orderLines")}/{Sum(g, "quantity"):0.##}").ToList();
    }

    private static string Measures(JsonNode m) =>
        $"{m["revenue"]!.GetValue<decimal>():0.##}/{m["orders"]}/{m["orderLines"]}/{m["quantity"]!.GetValue<decimal>():0.##}";

    private static async Task<string> CustomerAsync(GraphQLClient client, string name) =>
        (await client.DataAsync("mutation($n: String!) { createCustomer(input: { name: $n }) { customer { id } } }", new { n = name }))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

    private static async Task<string> ConfirmedOrderAsync(GraphQLClient client, string customer, string? currency, string lines)
    {
        var id = (await client.DataAsync(
            $"mutation($c: ID!, $cur: String) {{ createOrder(input: {{ customerId: $c, currency: $cur, lines: [{lines}] }}) {{ order {{ id }} }} }}",
            new { c = customer, cur = currency }))
            ["createOrder"]!["order"]!["id"]!.GetValue<string>();
        await client.DataAsync("mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { number } } }", new { id });
        return id;
    }
}

public sealed class SalesReportOnSqlite() : SalesReportTests(TestProvider.Sqlite);

public sealed class SalesReportOnPostgres() : SalesReportTests(TestProvider.Postgres);
