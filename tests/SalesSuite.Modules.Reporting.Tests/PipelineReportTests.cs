using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Tenancy;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Reporting.Tests;

/// <summary>
/// The opportunity measures and the team, region, level and source groupings of the sales report, the funnel and the dashboard,
/// each figure checked against the same figure computed here from the source records (read through GraphQL as admin), for each
/// role's scope; the rebuilt read model gives the same answers as the incremental one.
/// </summary>
public abstract class PipelineReportTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string From = "2025-01-01";
    private const string To = "2027-12-31";

    private static readonly string[] Groupings = ["TEAM", "REGION", "CUSTOMER_LEVEL", "SOURCE", "MONTH", "REP"];

    /// <summary>Whose records each user sees: admin all, carol her team (alice, bob and herself), a rep their own.</summary>
    private static readonly (string User, string Role, string[]? Owners)[] Scopes =
        [("admin", "admin", null), ("carol", "manager", ["carol", "alice", "bob"]), ("alice", "rep", ["alice"]), ("dave", "rep", ["dave"])];

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Tenancy:Tenants:0:TimeZone"] = "UTC" };

    [Fact]
    public async Task Every_grouping_and_measure_equals_the_source_records_in_each_scope_and_after_a_rebuild()
    {
        var admin = App.As("demo");
        await admin.DataAsync("mutation { setExchangeRate(input: { currency: \"EUR\", date: \"2026-11-01\", rate: 1.25 }) { exchangeRate { rate } } }");
        var stages = await StagesAsync(admin);
        var reps = new[] { "alice", "bob", "dave", "carol" };
        string[] regions = ["North", "South"];
        string[] levels = ["A", "B", "C"];
        string[] sources = ["Website", "Partner"];
        var customers = new List<(GraphQLClient Client, string Id)>();
        for (var i = 0; i < 8; i++)
        {
            var rep = App.As("demo", reps[i % 4], reps[i % 4] == "carol" ? "manager" : "rep");
            var id = (await rep.DataAsync(
                "mutation($n: String!, $r: String, $l: String, $s: String) { createCustomer(input: { name: $n, region: $r, level: $l, source: $s }) { " +
                "customer { id } } }",
                new { n = $"Generated {i}", r = i % 5 == 4 ? null : regions[i % 2], l = levels[i % 3], s = i == 7 ? null : sources[i % 2] }))
                    ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
            customers.Add((rep, id));
        }

        // Opportunities over three months: some moved on, won or lost, in USD and EUR, with and without an expected close date.
        var opportunities = new List<(GraphQLClient Client, string Id)>();
        for (var i = 0; i < 16; i++)
        {
            var (client, customer) = customers[i % customers.Count];
            var id = (await client.DataAsync("""
                mutation($c: ID!, $a: Decimal, $cur: String, $e: DateOnly) { createOpportunity(input: { customerId: $c, title: "Deal", amount: $a,
                    currency: $cur, expectedCloseDate: $e }) { opportunity { id } } }
                """,
                new { c = customer, a = 1000m + (i * 137.5m), cur = i % 3 == 0 ? "EUR" : "USD", e = i % 4 == 0 ? null : $"2027-0{1 + (i % 3)}-15" }))
                ["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();
            opportunities.Add((client, id));
            if (i % 2 == 0)
            {
                await MoveAsync(client, id, stages[2]);
            }

            if (i % 5 == 0)
            {
                await MoveAsync(client, id, stages["Won"]);
            }
            else if (i % 7 == 3)
            {
                await MoveAsync(client, id, stages["Lost"], "Price");
            }

            if (i % 6 == 5)
            {
                await ConfirmedOrderAsync(client, customer, 200m + i);
            }

            App.Clock.Advance(TimeSpan.FromDays(5));
        }

        // One opportunity changes hands (alice's to bob) and one its amount: the facts follow.
        await admin.DataAsync("mutation($id: ID!) { reassignOpportunity(input: { id: $id, ownerId: \"bob\" }) { opportunity { id } } }",
            new { id = opportunities[4].Id });
        await admin.DataAsync("mutation($id: ID!) { updateOpportunity(input: { id: $id, amount: 4321, probability: 35 }) { opportunity { id } } }",
            new { id = opportunities[1].Id });
        await DispatchAllAsync();

        var source = await SourceAsync(admin);
        foreach (var (user, role, owners) in Scopes)
        {
            var client = App.As("demo", user, role);
            var visible = source.Where(c => owners is null || owners.Contains(c.Owner)).ToList();
            foreach (var grouping in Groupings)
            {
                var report = (await client.DataAsync(ReportQuery, new { from = From, to = To, g = new[] { grouping } }))["salesReport"]!;
                Assert.Equal(string.Join("\n", Expected(visible, grouping)),
                    string.Join("\n", report["rows"]!.AsArray().Select(r => $"{Key(r!, grouping)} {Figures(r!["measures"]!)}").Order(StringComparer.Ordinal)));
                Assert.Equal(Figures(visible), Figures(report["totals"]!));
            }

            var dashboard = (await client.DataAsync(DashboardQuery))["dashboard"]!;
            Assert.Equal(role switch { "admin" => "TENANT", "manager" => "TEAM", _ => "OWN" }, dashboard["scope"]!.GetValue<string>());
            var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
            var month = new DateOnly(today.Year, today.Month, 1);
            Assert.Equal(Figures(visible.Where(c => c.Day >= month && c.Day <= today)), Figures(dashboard["thisMonth"]!["measures"]!));
            Assert.Equal(Figures(visible.Where(c => c.Day >= month.AddMonths(-1) && c.Day < month)), Figures(dashboard["lastMonth"]!["measures"]!));
            var open = source.Where(c => c.Open && (owners is null || owners.Contains(c.Owner))).ToList();
            Assert.Equal((open.Count, open.Sum(c => c.Pipeline), open.Sum(c => c.Weighted)),
                (dashboard["openOpportunities"]!.GetValue<int>(), dashboard["pipelineAmount"]!.GetValue<decimal>(),
                    dashboard["weightedPipeline"]!.GetValue<decimal>()));
        }

        // Filters: the East team's records; customers of one region and level.
        var east = (await admin.DataAsync("{ teams { nodes { id name } } }"))["teams"]!["nodes"]!.AsArray()
            .Single(t => t!["name"]!.GetValue<string>() == "East")!["id"]!.GetValue<string>();
        var byTeam = (await admin.DataAsync(ReportQuery.Replace("groupBy: $g", "groupBy: $g, teamIds: [\"" + east + "\"]"),
            new { from = From, to = To, g = Array.Empty<string>() }))["salesReport"]!;
        Assert.Equal(Figures(source.Where(c => c.Team == east)), Figures(byTeam["totals"]!));
        var byRegion = (await admin.DataAsync(ReportQuery.Replace("groupBy: $g", "groupBy: $g, regions: [\"North\"], levels: [\"A\", \"B\"]"),
            new { from = From, to = To, g = new[] { "SOURCE" } }))["salesReport"]!;
        Assert.Equal(Figures(source.Where(c => c.Region == "North" && c.Level is "A" or "B")), Figures(byRegion["totals"]!));

        // Rebuilt from the modules' replayed events, the read model answers the same to the last figure.
        var incremental = await DetailAsync();
        var model = Assert.Single(App.Services.GetServices<IRebuildableReadModel>());
        await model.RebuildAsync((await App.Services.GetRequiredService<ITenantStore>().FindAsync("demo"))!, CancellationToken.None);
        Assert.Equal(incremental, await DetailAsync());
    }

    [Fact]
    public async Task Funnel_win_rate_and_cycle_time_of_a_known_month_with_the_month_before()
    {
        var dave = App.As("demo", "dave", "rep");
        var stages = await StagesAsync(dave);
        App.Clock.Advance(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero) - App.Clock.GetUtcNow());
        var customer = (await dave.DataAsync("mutation { createCustomer(input: { name: \"Funnel Inc\" }) { customer { id } } }"))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var o = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            o.Add((await dave.DataAsync(
                "mutation($c: ID!, $a: Decimal) { createOpportunity(input: { customerId: $c, title: \"F\", amount: $a }) { opportunity { id } } }",
                new { c = customer, a = 100m * (i + 1) }))
                ["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>());
        }

        App.Clock.Advance(TimeSpan.FromDays(1));
        await MoveAsync(dave, o[1], stages[2]);
        App.Clock.Advance(TimeSpan.FromDays(1));
        await MoveAsync(dave, o[0], stages[2]);
        App.Clock.Advance(TimeSpan.FromDays(1));
        await MoveAsync(dave, o[3], stages["Won"]);
        App.Clock.Advance(TimeSpan.FromDays(1));
        await MoveAsync(dave, o[1], stages["Lost"], "Timing");
        App.Clock.Advance(TimeSpan.FromDays(1));
        await MoveAsync(dave, o[0], stages["Won"]);
        await DispatchAllAsync();

        const string query = """
            { salesFunnel(from: "2027-03-01", to: "2027-03-31") { from to opportunitiesWon opportunitiesLost winRate averageCycleDays medianCycleDays
                stages { position entered movedOn conversion won winRate averageDaysInStage medianDaysInStage }
                previous { from to opportunitiesWon winRate stages { position } } } }
            """;
        var funnel = (await dave.DataAsync(query))["salesFunnel"]!;
        // Stage 1: four entries, three moved on (two to stage 2, one won), two of them won; 2, 1 and 3 days in it.
        // Stage 2: two entries, one won (moved on), one lost; 3 days each. Won after 5 and 3 days, one lost.
        Assert.Equal(["1 4/3/0.75 2/0.5 2/2", "2 2/1/0.5 1/0.5 3/3"], funnel["stages"]!.AsArray().Select(s =>
            $"{s!["position"]} {s["entered"]}/{s["movedOn"]}/{Number(s["conversion"])} {s["won"]}/{Number(s["winRate"])} " +
            $"{Number(s["averageDaysInStage"])}/{Number(s["medianDaysInStage"])}"));
        Assert.Equal("2/1/0.6667 4/4",
            $"{funnel["opportunitiesWon"]}/{funnel["opportunitiesLost"]}/{Number(funnel["winRate"])} " +
            $"{Number(funnel["averageCycleDays"])}/{Number(funnel["medianCycleDays"])}");
        Assert.Equal("2027-01-29 2027-02-28 0 null 0",
            $"{funnel["previous"]!["from"]} {funnel["previous"]!["to"]} {funnel["previous"]!["opportunitiesWon"]} {Number(funnel["previous"]!["winRate"])} " +
            $"{funnel["previous"]!["stages"]!.AsArray().Count}");

        // The same month in the sales report, and nothing of dave's for a rep of another team.
        var report = (await dave.DataAsync(ReportQuery, new { from = "2027-03-01", to = "2027-03-31", g = Array.Empty<string>() }))["salesReport"]!["totals"]!;
        // The opportunity left in stage 1 (300, no expected close date) is open pipeline on its creation day, weighted at the stage's 10 %.
        Assert.Equal("4/2/1/0.6667 500 300 30",
            $"{report["opportunitiesOpened"]}/{report["opportunitiesWon"]}/{report["opportunitiesLost"]}/{Number(report["winRate"])} " +
            $"{Number(report["wonAmount"])} {Number(report["pipelineAmount"])} {Number(report["weightedPipeline"])}");
        var alice = (await App.As("demo", "alice", "rep").DataAsync(query))["salesFunnel"]!;
        Assert.Equal("0 0", $"{alice["opportunitiesWon"]} {alice["stages"]!.AsArray().Count}");

        // Bad input is refused with a code; a report by period and rep reads the reps' days alone, grouped in SQL; one by product the lines.
        Assert.Equal("VALIDATION", (await dave.PostAsync("{ salesFunnel(from: \"2027-03-31\", to: \"2027-03-01\") { winRate } }")).FirstErrorCode);
        Assert.Equal("VALIDATION",
            (await dave.PostAsync("{ salesReport(from: \"2027-03-01\", to: \"2027-03-31\", teamIds: [\"nope\"]) { totals { revenue } } }")).FirstErrorCode);
        App.Sql.Clear();
        await dave.DataAsync("{ salesReport(from: \"2027-03-01\", to: \"2027-03-31\", groupBy: [MONTH, REP]) { rows { measures { revenue orders } } } }");
        var sql = Assert.Single(App.Sql.Commands, c => c.Contains("SalesDays", StringComparison.Ordinal));
        Assert.Contains("GROUP BY", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("JOIN", sql, StringComparison.Ordinal);
        Assert.DoesNotContain(App.Sql.Commands,
            c => c.Contains("OpportunityMeasures", StringComparison.Ordinal) || c.Contains("SalesLines", StringComparison.Ordinal));
        App.Sql.Clear();
        await dave.DataAsync("{ salesReport(from: \"2027-03-01\", to: \"2027-03-31\", groupBy: [MONTH, PRODUCT]) { rows { measures { revenue orders } } } }");
        Assert.Contains(App.Sql.Commands, c => new[] { "SalesLines", "GROUP BY", "Month", "ProductKey" }.All(s => c.Contains(s, StringComparison.Ordinal)));
    }

    private const string ReportQuery = """
        query($from: DateOnly!, $to: DateOnly!, $g: [SalesDimension!]) { salesReport(from: $from, to: $to, groupBy: $g) {
          totals { ...m } rows { period repId teamId teamName region customerLevel source measures { ...m } } } }
        fragment m on SalesMeasures { revenue orders opportunitiesOpened opportunitiesWon opportunitiesLost winRate wonAmount pipelineAmount weightedPipeline }
        """;

    private const string DashboardQuery = """
        { dashboard { scope today openOpportunities pipelineAmount weightedPipeline thisMonth { from measures { ...m } } lastMonth { from measures { ...m } }
          topReps { repId name measures { revenue wonAmount } } } }
        fragment m on SalesMeasures { revenue orders opportunitiesOpened opportunitiesWon opportunitiesLost wonAmount pipelineAmount weightedPipeline }
        """;

    /// <summary>What one source record adds to one day: an opened, won or lost opportunity, an open one's pipeline, a confirmed order.</summary>
    private sealed record Contribution(DateOnly Day, string Owner, string? Team, string? Region, string? Level, string? Source,
        int Opened = 0, int Won = 0, int Lost = 0, decimal WonAmount = 0m, decimal Pipeline = 0m, decimal Weighted = 0m,
        decimal Revenue = 0m, int Orders = 0, bool Open = false);

    /// <summary>The source records as admin reads them through GraphQL, turned into the contributions the report should sum.</summary>
    private static async Task<List<Contribution>> SourceAsync(GraphQLClient admin)
    {
        var teams = (await AllAsync(admin, "salesReps", "userId team { id }")).ToDictionary(r => r["userId"]!.GetValue<string>(),
            r => r["team"]?["id"]?.GetValue<string>());
        var contributions = new List<Contribution>();
        foreach (var o in await AllAsync(admin, "opportunities",
            "ownerId status createdAt closedAt amountInBase probability expectedCloseDate customer { region level source }"))
        {
            var owner = o["ownerId"]!.GetValue<string>();
            var c = o["customer"]!;
            Contribution On(DateOnly day) =>
                new(day, owner, teams.GetValueOrDefault(owner), c["region"]?.GetValue<string>(), c["level"]?.GetValue<string>(),
                    c["source"]?.GetValue<string>());
            var amount = o["amountInBase"]?.GetValue<decimal>() ?? 0m;
            var created = Day(o["createdAt"]!);
            contributions.Add(On(created) with { Opened = 1 });
            switch (o["status"]!.GetValue<string>())
            {
                case "WON":
                    contributions.Add(On(Day(o["closedAt"]!)) with { Won = 1, WonAmount = amount });
                    break;
                case "LOST":
                    contributions.Add(On(Day(o["closedAt"]!)) with { Lost = 1 });
                    break;
                default:
                    var expected = o["expectedCloseDate"] is { } e ? DateOnly.Parse(e.GetValue<string>(), CultureInfo.InvariantCulture) : created;
                    contributions.Add(On(expected) with
                    {
                        Pipeline = amount,
                        Weighted = decimal.Round(amount * o["probability"]!.GetValue<int>() / 100m, 4, MidpointRounding.AwayFromZero),
                        Open = true
                    });
                    break;
            }
        }

        foreach (var order in await AllAsync(admin, "orders", "ownerId status confirmedAt net currency customer { region level source }"))
        {
            if (order["confirmedAt"] is null || order["status"]!.GetValue<string>() == "CANCELLED")
            {
                continue;
            }

            Assert.Equal("USD", order["currency"]!.GetValue<string>()); // the base currency: net is the revenue
            var owner = order["ownerId"]!.GetValue<string>();
            var c = order["customer"]!;
            contributions.Add(new Contribution(Day(order["confirmedAt"]!), owner, teams.GetValueOrDefault(owner), c["region"]?.GetValue<string>(),
                c["level"]?.GetValue<string>(),
                c["source"]?.GetValue<string>(), Revenue: order["net"]!.GetValue<decimal>(), Orders: 1));
        }

        return contributions;
    }

    private static List<string> Expected(IEnumerable<Contribution> contributions, string grouping) => contributions
        .Where(c => c.Day >= DateOnly.Parse(From, CultureInfo.InvariantCulture) && c.Day <= DateOnly.Parse(To, CultureInfo.InvariantCulture))
        .GroupBy(c => grouping switch
        {
            "TEAM" => c.Team ?? "-",
            "REGION" => c.Region ?? "-",
            "CUSTOMER_LEVEL" => c.Level ?? "-",
            "SOURCE" => c.Source ?? "-",
            "REP" => c.Owner,
            _ => new DateOnly(c.Day.Year, c.Day.Month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        })
        .Select(g => $"{g.Key} {Figures(g)}").Order(StringComparer.Ordinal).ToList();

    private static string Key(JsonNode row, string grouping) => row[grouping switch
    {
        "TEAM" => "teamId",
        "REGION" => "region",
        "CUSTOMER_LEVEL" => "customerLevel",
        "SOURCE" => "source",
        "REP" => "repId",
        _ => "period",
    }]?.GetValue<string>() ?? "-";

    private static string Figures(IEnumerable<Contribution> c)
    {
        var list = c.ToList();
        return $"{list.Sum(x => x.Revenue):0.####}/{list.Sum(x => x.Orders)}/{list.Sum(x => x.Opened)}/{list.Sum(x => x.Won)}/{list.Sum(x => x.Lost)}/"
            + $"{list.Sum(x => x.WonAmount):0.####}/{list.Sum(x => x.Pipeline):0.####}/{list.Sum(x => x.Weighted):0.####}";
    }

    private static string Figures(JsonNode m) =>
        $"{m["revenue"]!.GetValue<decimal>():0.####}/{m["orders"]}/{m["opportunitiesOpened"]}/{m["opportunitiesWon"]}/{m["opportunitiesLost"]}/"
        + $"{m["wonAmount"]!.GetValue<decimal>():0.####}/{m["pipelineAmount"]!.GetValue<decimal>():0.####}/{m["weightedPipeline"]!.GetValue<decimal>():0.####}";

    private static string Number(JsonNode? n) => n is null ? "null" : n.GetValue<decimal>().ToString("0.####", CultureInfo.InvariantCulture);

    private static DateOnly Day(JsonNode at) => DateOnly.FromDateTime(DateTimeOffset.Parse(at.GetValue<string>(), CultureInfo.InvariantCulture).UtcDateTime);

    /// <summary>Every grouping, the funnel and the dashboard of admin and carol, as text: equal text, equal model.</summary>
    private async Task<string> DetailAsync()
    {
        var parts = new List<string>();
        foreach (var (user, role) in new[] { ("admin", "admin"), ("carol", "manager") })
        {
            var client = App.As("demo", user, role);
            foreach (var grouping in Groupings.Append("CUSTOMER"))
            {
                parts.Add((await client.DataAsync(ReportQuery, new { from = From, to = To, g = new[] { grouping } }))["salesReport"]!.ToJsonString());
            }

            parts.Add((await client
                .DataAsync(
                    $"{{ salesFunnel(from: \"{From}\", to: \"{To}\") {{ winRate averageCycleDays medianCycleDays " +
                    "stages { stage entered movedOn won averageDaysInStage medianDaysInStage } } }")).ToJsonString());
            parts.Add((await client.DataAsync(DashboardQuery)).ToJsonString());
        }

        return string.Join("\n", parts);
    }

    /// <summary>The dispatcher delivers a batch per outbox at a time; the demo seed alone fills more than one.</summary>
    private async Task DispatchAllAsync()
    {
        while (await App.DispatchEventsAsync() > 0)
        {
        }
    }

    private static async Task<List<JsonNode>> AllAsync(GraphQLClient client, string field, string selection)
    {
        var all = new List<JsonNode>();
        string? after = null;
        do
        {
            var page = (await client.DataAsync(
                $"query($a: String) {{ {field}(first: 100, after: $a) {{ nodes {{ {selection} }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { a = after }))[field]!;
            all.AddRange(page["nodes"]!.AsArray().Select(n => n!));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        return all;
    }

    /// <summary>Stage ids by position (1, 2, ...) and by name for the won and lost stages.</summary>
    private static async Task<Dictionary<object, string>> StagesAsync(GraphQLClient client)
    {
        var stages = new Dictionary<object, string>();
        foreach (var s in (await client.DataAsync("{ pipelineStages { nodes { id name position kind } } }"))["pipelineStages"]!["nodes"]!.AsArray())
        {
            stages[s!["position"]!.GetValue<int>()] = s["id"]!.GetValue<string>();
            stages[s["name"]!.GetValue<string>()] = s["id"]!.GetValue<string>();
        }

        return stages;
    }

    private static Task MoveAsync(GraphQLClient client, string id, string stage, string? reason = null) =>
        client.DataAsync(
            "mutation($id: ID!, $s: ID!, $r: String) { moveOpportunityStage(input: { id: $id, stageId: $s, reason: $r }) { opportunity { id } } }",
            new { id, s = stage, r = reason });

    private static async Task ConfirmedOrderAsync(GraphQLClient client, string customer, decimal price)
    {
        var id = (await client.DataAsync(
            "mutation($c: ID!, $p: Decimal!) { createOrder(input: { customerId: $c, lines: [{ description: \"Item\", quantity: 2, unitPrice: $p }] }) { " +
            "order { id } } }",
            new { c = customer, p = price }))
            ["createOrder"]!["order"]!["id"]!.GetValue<string>();
        await client.DataAsync("mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { number } } }", new { id });
    }
}

public sealed class PipelineReportOnSqlite() : PipelineReportTests(TestProvider.Sqlite);

public sealed class PipelineReportOnPostgres() : PipelineReportTests(TestProvider.Postgres);
