using System.Text.Json.Nodes;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Opportunities.Tests;

/// <summary>Opportunities through GraphQL: the pipeline, history, reassignment, nesting across modules and statistics.</summary>
public abstract class OpportunitiesTests(TestProvider provider) : FreshAppTests(provider)
{
    private GraphQLClient Alice => App.As("demo", "alice", "rep");

    [Fact]
    public async Task An_opportunity_moves_through_the_stages_to_won_with_its_history()
    {
        var customer = await CustomerAsync(Alice, "Pipeline Partners");
        var stages = await StagesAsync();
        await RateAsync("EUR", "2026-10-01", 1.1m);
        var created = await Alice.DataAsync("""
            mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: "Fleet deal", amount: 12500.50, currency: "eur",
                expectedCloseDate: "2026-12-31" }) {
              opportunity { id status probability amount currency ownerId stage { name } customer { name } owner { userId } } } }
            """, new { c = customer });
        var opportunity = created["createOpportunity"]!["opportunity"]!;
        var id = opportunity["id"]!.GetValue<string>();
        Assert.Equal("OPEN", opportunity["status"]!.GetValue<string>());
        Assert.Equal("Qualification", opportunity["stage"]!["name"]!.GetValue<string>());
        Assert.Equal(10, opportunity["probability"]!.GetValue<int>());
        Assert.Equal(12500.50m, opportunity["amount"]!.GetValue<decimal>());
        Assert.Equal("EUR", opportunity["currency"]!.GetValue<string>());
        Assert.Equal("Pipeline Partners", opportunity["customer"]!["name"]!.GetValue<string>());
        Assert.Equal("alice", opportunity["owner"]!["userId"]!.GetValue<string>());

        App.Clock.Advance(TimeSpan.FromDays(3));
        await MoveAsync(id, stages["Proposal"]);
        App.Clock.Advance(TimeSpan.FromDays(4));
        var won = await MoveAsync(id, stages["Won"], "Best value");
        Assert.Equal("WON", won["status"]!.GetValue<string>());
        Assert.Equal(100, won["probability"]!.GetValue<int>());
        Assert.Equal("Best value", won["closeReason"]!.GetValue<string>());
        Assert.Equal(App.Clock.GetUtcNow(), won["closedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(["Qualification", "Proposal", "Won"], won["stageHistory"]!.AsArray().Select(h => h!["to"]!["name"]!.GetValue<string>()));
        Assert.Null(won["stageHistory"]![0]!["from"]);

        var again = await Alice.PostAsync("mutation($id: ID!, $s: ID!) { moveOpportunityStage(input: { id: $id, stageId: $s }) { opportunity { id } } }",
            new { id, s = stages["Negotiation"] });
        Assert.Equal("VALIDATION", again.FirstErrorCode);
        Assert.Contains("WON", again.Errors[0]["message"]!.GetValue<string>());
        Assert.Contains("reopenOpportunity", again.Errors[0]["message"]!.GetValue<string>());

        var reopened = await Alice.DataAsync("mutation($id: ID!) { reopenOpportunity(input: { id: $id }) { opportunity { status closedAt stage { name } } } }",
            new { id });
        Assert.Equal("OPEN", reopened["reopenOpportunity"]!["opportunity"]!["status"]!.GetValue<string>());
        Assert.Equal("Negotiation", reopened["reopenOpportunity"]!["opportunity"]!["stage"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_input_is_refused_and_a_lost_deal_needs_a_reason()
    {
        var customer = await CustomerAsync(Alice, "Strict Co");
        var bad = await Alice.PostAsync(
            "mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: \"\", amount: -5, currency: \"dollars\", probability: 120 }) { " +
            "opportunity { id } } }",
            new { c = customer });
        Assert.Equal("VALIDATION", bad.FirstErrorCode);
        Assert.Equal(["title", "amount", "currency", "probability"],
            bad.Errors[0]["extensions"]!["fields"]!.AsArray().Select(f => f!["field"]!.GetValue<string>()));

        var acmeCustomer = await CustomerAsync(App.As("acme"), "Acme Secret");
        var foreign = await Alice.PostAsync("mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: \"Poach\" }) { opportunity { id } } }",
            new { c = acmeCustomer });
        Assert.Equal("NOT_FOUND", foreign.FirstErrorCode);

        var id = await OpportunityAsync(customer, "Might lose");
        var stages = await StagesAsync();
        var noReason = await Alice.PostAsync("mutation($id: ID!, $s: ID!) { moveOpportunityStage(input: { id: $id, stageId: $s }) { opportunity { id } } }",
            new { id, s = stages["Lost"] });
        Assert.Equal("VALIDATION", noReason.FirstErrorCode);
        Assert.Equal("reason", noReason.Errors[0]["extensions"]!["fields"]![0]!["field"]!.GetValue<string>());
        var lost = await MoveAsync(id, stages["Lost"], "Price");
        Assert.Equal("LOST", lost["status"]!.GetValue<string>());
        Assert.Equal(0, lost["probability"]!.GetValue<int>());
    }

    [Fact]
    public async Task Reassignment_is_recorded_and_moves_the_opportunity_out_of_the_old_owners_scope()
    {
        var customer = await CustomerAsync(App.As("demo", "carol", "manager"), "Shared Account");
        var carol = App.As("demo", "carol", "manager");
        var created = await carol.DataAsync(
            "mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: \"Handover\", ownerId: \"alice\" }) { opportunity { id } } }",
            new { c = customer });
        var id = created["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();
        Assert.NotNull((await Alice.DataAsync("query($id: ID!) { opportunity(id: $id) { id } }", new { id }))["opportunity"]);

        var moved = await carol.DataAsync(
            "mutation($id: ID!) { reassignOpportunity(input: { id: $id, ownerId: \"bob\", reason: \"Territory change\" }) { opportunity { ownerId " +
            "assignments { fromOwnerId toOwnerId actorId reason } } } }",
            new { id });

        var assignments = moved["reassignOpportunity"]!["opportunity"]!["assignments"]!.AsArray();
        Assert.Equal(2, assignments.Count);
        Assert.Equal("alice", assignments[1]!["fromOwnerId"]!.GetValue<string>());
        Assert.Equal("bob", assignments[1]!["toOwnerId"]!.GetValue<string>());
        Assert.Equal("carol", assignments[1]!["actorId"]!.GetValue<string>());
        Assert.Null((await Alice.DataAsync("query($id: ID!) { opportunity(id: $id) { id } }", new { id }))["opportunity"]);
        var toOutsider = await carol.PostAsync("mutation($id: ID!) { reassignOpportunity(input: { id: $id, ownerId: \"dave\" }) { opportunity { id } } }",
            new { id });
        Assert.Equal("FORBIDDEN", toOutsider.FirstErrorCode);
    }

    [Fact]
    public async Task A_nested_page_runs_the_same_number_of_SQL_statements_for_10_and_for_40_rows()
    {
        var counts = new List<int>();
        // A user's first request also keeps the roles of their token (for accessExplanation): not part of what is counted here.
        await App.As("demo").DataAsync("{ myAccess { scope } }");
        foreach (var pageSize in new[] { 10, 40 })
        {
            App.Sql.Clear();
            var data = await App.As("demo").DataAsync("""
                query($n: Int) {
                    opportunities(first: $n) {
                        nodes {
                            title stage { name } customer { name contacts { name } opportunities(first: 5) { nodes { title } } } owner { name team {
                                name } } stageHistory { to { name } } assignments { toOwnerId } } } }
                """, new { n = pageSize });

            Assert.Equal(pageSize, data["opportunities"]!["nodes"]!.AsArray().Count);
            Assert.All(data["opportunities"]!["nodes"]!.AsArray(), n => Assert.NotNull(n!["customer"]));
            counts.Add(App.Sql.Commands.Count);
        }

        Assert.Equal(counts[0], counts[1]);
        Assert.True(counts[0] <= 14, $"{counts[0]} statements: one per level is expected");
    }

    [Fact]
    public async Task Statistics_add_up_to_the_opportunities_of_the_period()
    {
        App.Clock.Advance(TimeSpan.FromDays(400));
        var from = App.Clock.GetUtcNow();
        var customer = await CustomerAsync(Alice, "Stats Inc");
        var stages = await StagesAsync();
        await RateAsync("EUR", "2027-01-01", 1.2m);
        var a = await OpportunityAsync(customer, "A", 1000m, "USD");
        var b = await OpportunityAsync(customer, "B", 250.25m, "USD");
        await OpportunityAsync(customer, "C", 300m, "EUR");
        App.Clock.Advance(TimeSpan.FromDays(10));
        await MoveAsync(a, stages["Won"]);
        App.Clock.Advance(TimeSpan.FromDays(10));
        await MoveAsync(b, stages["Lost"], "Timing");
        var to = App.Clock.GetUtcNow().AddDays(1);

        var data = await Alice.DataAsync("""
            query($from: DateTimeOffset!, $to: DateTimeOffset!) { opportunityStatistics(from: $from, to: $to) {
              baseCurrency count amountInBase unconverted won lost winRate averageCycleDays byStatus { key count amounts { currency amount }
                  amountInBase } byOwner { key count amounts { currency amount } amountInBase } byStage { key count } } }
            """, new { from, to });

        var stats = data["opportunityStatistics"]!;
        Assert.Equal(3, stats["count"]!.GetValue<int>());
        Assert.Equal(1, stats["won"]!.GetValue<int>());
        Assert.Equal(1, stats["lost"]!.GetValue<int>());
        Assert.Equal(0.5m, stats["winRate"]!.GetValue<decimal>());
        Assert.Equal(15m, stats["averageCycleDays"]!.GetValue<decimal>());
        var owner = Assert.Single(stats["byOwner"]!.AsArray());
        Assert.Equal("alice", owner!["key"]!.GetValue<string>());
        Assert.Equal([("EUR", 300m), ("USD", 1250.25m)],
            owner["amounts"]!.AsArray().Select(m => (m!["currency"]!.GetValue<string>(), m["amount"]!.GetValue<decimal>())));
        Assert.Equal("USD", stats["baseCurrency"]!.GetValue<string>());
        Assert.Equal(1000m + 250.25m + 360m, stats["amountInBase"]!.GetValue<decimal>());
        Assert.Equal(0, stats["unconverted"]!.GetValue<int>());
        Assert.Equal(1610.25m, owner["amountInBase"]!.GetValue<decimal>());
        var openInBase = stats["byStatus"]!.AsArray().Single(s => s!["key"]!.GetValue<string>() == "OPEN")!["amountInBase"]!.GetValue<decimal>();
        Assert.Equal(360m, openInBase);
        var byStatus = stats["byStatus"]!.AsArray().ToDictionary(s => s!["key"]!.GetValue<string>(), s => s!["count"]!.GetValue<int>());
        Assert.Equal(new Dictionary<string, int> { ["OPEN"] = 1, ["WON"] = 1, ["LOST"] = 1 }, byStatus);
        Assert.Equal(3, stats["byStage"]!.AsArray().Sum(s => s!["count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task An_opportunity_keeps_the_rate_of_its_registration_day_when_rates_change_later()
    {
        var customer = await CustomerAsync(Alice, "Euro Deals");
        await RateAsync("EUR", "2026-10-01", 1.1m);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var from = App.Clock.GetUtcNow(); // after the demo seed
        await RateAsync("EUR", "2026-12-01", 1.5m);
        var id = await OpportunityAsync(customer, "Euro deal", 1000.05m, "EUR");
        Assert.Equal((1.1m, 1100.06m), await BaseAsync(id));

        // A rate added later for an earlier day, and one after the registration day: the kept rate does not move.
        await RateAsync("EUR", "2026-11-01", 1.2m);
        App.Clock.Advance(TimeSpan.FromDays(40));
        Assert.Equal((1.1m, 1100.06m), await BaseAsync(id));

        // A new amount is converted at the kept rate; a new currency takes that currency's rate of the registration day.
        await Alice.DataAsync("mutation($id: ID!) { updateOpportunity(input: { id: $id, amount: 2000 }) { opportunity { id } } }", new { id });
        Assert.Equal((1.1m, 2200m), await BaseAsync(id));
        await RateAsync("GBP", "2026-11-02", 1.25m);
        await Alice.DataAsync("mutation($id: ID!) { updateOpportunity(input: { id: $id, currency: \"GBP\" }) { opportunity { id } } }", new { id });
        Assert.Equal((1.25m, 2500m), await BaseAsync(id));

        var stats = await Alice.DataAsync(
            "query($from: DateTimeOffset!, $to: DateTimeOffset!) { opportunityStatistics(from: $from, to: $to) { amountInBase byOwner { key amountInBase } } }",
            new { from, to = App.Clock.GetUtcNow() });
        Assert.Equal(2500m, stats["opportunityStatistics"]!["amountInBase"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_currency_without_a_rate_on_the_registration_day_is_refused_and_nothing_changes()
    {
        var customer = await CustomerAsync(Alice, "Franc Co");
        await RateAsync("CHF", "2026-11-03", 1.1m); // valid only from the day after the clock's day
        var refused = await Alice.PostAsync(
            "mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: \"Swiss deal\", amount: 10, currency: \"CHF\" }) { opportunity { id } } }",
            new { c = customer });
        Assert.Equal("VALIDATION", refused.FirstErrorCode);
        Assert.Equal("currency", refused.Errors[0]["extensions"]!["fields"]![0]!["field"]!.GetValue<string>());
        Assert.Contains("setExchangeRate", refused.Errors[0]["message"]!.GetValue<string>());
        var none = await Alice.DataAsync("query($c: ID!) { node(id: $c) { ... on Customer { opportunities { totalCount nodes { title } } } } }",
            new { c = customer });
        Assert.Empty(none["node"]!["opportunities"]!["nodes"]!.AsArray());
        Assert.Equal(0, none["node"]!["opportunities"]!["totalCount"]!.GetValue<int>());

        var id = await OpportunityAsync(customer, "Dollar deal", 50m);
        Assert.Equal((1m, 50m), await BaseAsync(id));
        var badChange = await Alice.PostAsync(
            "mutation($id: ID!) { updateOpportunity(input: { id: $id, currency: \"CHF\", amount: 70 }) { opportunity { id } } }", new { id });
        Assert.Equal("VALIDATION", badChange.FirstErrorCode);
        var unchanged = await Alice.DataAsync("query($id: ID!) { opportunity(id: $id) { amount currency amountInBase } }", new { id });
        Assert.Equal(50m, unchanged["opportunity"]!["amount"]!.GetValue<decimal>());
        Assert.Equal("USD", unchanged["opportunity"]!["currency"]!.GetValue<string>());
    }

    [Fact]
    public async Task Follow_ups_on_opportunities_fall_due_as_the_clock_moves()
    {
        var customer = await CustomerAsync(Alice, "Follow Co");
        var id = await OpportunityAsync(customer, "Chase me");
        var logged = await Alice.DataAsync(
            "mutation($id: ID!, $at: DateTimeOffset) { logOpportunityFollowUp(input: { opportunityId: $id, note: \"Send proposal\", nextFollowUpAt: $at }) { " +
            "followUp { id } } }",
            new { id, at = App.Clock.GetUtcNow().AddDays(2) });
        var followUp = logged["logOpportunityFollowUp"]!["followUp"]!["id"]!.GetValue<string>();

        Assert.Empty(await DueAsync());
        App.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(["Send proposal"], await DueAsync());
        await Alice.DataAsync("mutation($f: ID!) { completeOpportunityFollowUp(input: { id: $f }) { followUp { doneAt } } }", new { f = followUp });
        Assert.Empty(await DueAsync());
    }

    [Fact]
    public async Task A_rep_sees_only_their_own_opportunities_and_a_customer_lists_its_own()
    {
        var rep = await Alice.DataAsync("{ opportunities(first: 100) { totalCount nodes { ownerId } } }");
        var admin = await App.As("demo").DataAsync("{ opportunities(first: 100) { totalCount } }");

        Assert.All(rep["opportunities"]!["nodes"]!.AsArray(), n => Assert.Equal("alice", n!["ownerId"]!.GetValue<string>()));
        Assert.Equal(40, admin["opportunities"]!["totalCount"]!.GetValue<int>());
        Assert.True(rep["opportunities"]!["totalCount"]!.GetValue<int>() < 40);
        var readonlyWrite = await App.As("demo", "zoe", "readonly")
            .PostAsync("mutation { definePipelineStage(input: { name: \"Demo\", defaultProbability: 30 }) { stage { id } } }");
        Assert.Equal("FORBIDDEN", readonlyWrite.FirstErrorCode);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("rep")]
    public async Task A_page_of_plain_fields_reads_the_same_values_as_one_that_loads_whole_opportunities(string role)
    {
        // The first names only fields that say what they read, so only those columns are loaded; naming intentScore (which
        // does not say) anywhere in the document makes the page load whole opportunities.
        const string Plain = """
            id customerId title requirement amount currency rateToBase baseCurrency amountInBase expectedCloseDate probability
            weightedAmount source ownerId status stage { name } stageEnteredAt closedAt closeReason createdAt updatedAt version
            stageHistory { to { name } } assignments { toOwnerId } followUps { note } customer { name } owner { userId } orders { number }
            assignment { rule }
            """;
        var customer = await CustomerAsync(Alice, "Projection Partners");
        var id = (await Alice.DataAsync("""
            mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: "Projection deal", amount: 4321.5, requirement: "Forty seats",
                expectedCloseDate: "2027-01-31", source: "Fair" }) { opportunity { id } } }
            """, new { c = customer }))["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();
        await MoveAsync(id, (await StagesAsync())["Won"], "Best fit");
        var client = role == "admin" ? App.As("demo") : Alice;

        var projected = await client.DataAsync($"{{ opportunities(first: 100) {{ nodes {{ {Plain} }} }} }}");
        var whole = await client.DataAsync($"{{ opportunities(first: 100) {{ nodes {{ {Plain} intentScore {{ score }} }} }} }}");
        var expected = whole["opportunities"]!["nodes"]!.AsArray().Select(n =>
        {
            var copy = n!.DeepClone().AsObject();
            copy.Remove("intentScore");
            return copy.ToJsonString();
        }).ToList();
        Assert.Contains(expected, n => n.Contains("\"Projection deal\"", StringComparison.Ordinal) && n.Contains("Forty seats", StringComparison.Ordinal)
            && n.Contains("\"Best fit\"", StringComparison.Ordinal) && n.Contains("\"Projection Partners\"", StringComparison.Ordinal));
        Assert.Equal(expected, projected["opportunities"]!["nodes"]!.AsArray().Select(n => n!.ToJsonString()));

        // A page of a few fields reads only their columns.
        App.Sql.Clear();
        await client.DataAsync("{ opportunities(first: 10) { nodes { title amount stage { name } } } }");
        var page = Assert.Single(App.Sql.Commands, c => c.Contains("Opportunities", StringComparison.Ordinal) && c.Contains("LIMIT", StringComparison.Ordinal));
        Assert.Contains("AmountScaled", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Requirement", page, StringComparison.Ordinal);
    }

    private async Task RateAsync(string currency, string date, decimal rate) =>
        await App.As("demo").DataAsync(
            "mutation($c: String!, $d: DateOnly!, $r: Decimal!) { setExchangeRate(input: { currency: $c, date: $d, rate: $r }) { exchangeRate { rate } } }",
            new { c = currency, d = date, r = rate });

    private async Task<(decimal Rate, decimal AmountInBase)> BaseAsync(string id)
    {
        var data = await Alice.DataAsync("query($id: ID!) { opportunity(id: $id) { rateToBase baseCurrency amountInBase } }", new { id });
        Assert.Equal("USD", data["opportunity"]!["baseCurrency"]!.GetValue<string>());
        return (data["opportunity"]!["rateToBase"]!.GetValue<decimal>(), data["opportunity"]!["amountInBase"]!.GetValue<decimal>());
    }

    private async Task<List<string>> DueAsync()
    {
        var data = await Alice.DataAsync("{ opportunityFollowUpsDue { nodes { note } } }");
        return data["opportunityFollowUpsDue"]!["nodes"]!.AsArray().Select(n => n!["note"]!.GetValue<string>()).ToList();
    }

    private async Task<Dictionary<string, string>> StagesAsync()
    {
        var data = await Alice.DataAsync("{ pipelineStages { nodes { id name } } }");
        return data["pipelineStages"]!["nodes"]!.AsArray().ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["id"]!.GetValue<string>());
    }

    private async Task<JsonNode> MoveAsync(string id, string stage, string? reason = null)
    {
        var data = await Alice.DataAsync("""
            mutation($id: ID!, $s: ID!, $r: String) { moveOpportunityStage(input: { id: $id, stageId: $s, reason: $r }) {
              opportunity { status probability closedAt closeReason stageHistory { from { name } to { name } } } } }
            """, new { id, s = stage, r = reason });
        return data["moveOpportunityStage"]!["opportunity"]!;
    }

    private async Task<string> OpportunityAsync(string customer, string title, decimal amount = 100m, string currency = "USD")
    {
        var data = await Alice.DataAsync(
            "mutation($c: ID!, $t: String!, $a: Decimal, $cur: String) { createOpportunity(input: { customerId: $c, title: $t, amount: $a, currency: $cur }) " +
            "{ opportunity { id } } }",
            new { c = customer, t = title, a = amount, cur = currency });
        return data["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();
    }

    private static async Task<string> CustomerAsync(GraphQLClient client, string name)
    {
        var data = await client.DataAsync("mutation($n: String!) { createCustomer(input: { name: $n }) { customer { id } } }", new { n = name });
        return data["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
    }
}

public sealed class OpportunitiesOnSqlite() : OpportunitiesTests(TestProvider.Sqlite);

public sealed class OpportunitiesOnPostgres() : OpportunitiesTests(TestProvider.Postgres);
