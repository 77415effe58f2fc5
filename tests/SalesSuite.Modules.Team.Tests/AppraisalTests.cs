using System.Text.Json.Nodes;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Team.Tests;

/// <summary>
/// Targets and performance appraisal through GraphQL, on the demo org: carol manages alice and bob (team East, carol
/// included), dave is in West under admin. The clock moves to 2027, past all demo data, so the figures are exactly the test's.
/// </summary>
public abstract class AppraisalTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string AppraisalQuery = """
        query($p: SalesPeriodInput!, $t: ID) { appraisal(period: $p, teamId: $t) {
          period { key } baseCurrency members team { name }
          reps {
              rep { userId } target won lost wonAmountInBase paidOrders paidRevenueInBase attainment callsLogged followUpsDue followUpsOnTime
                  followUpRate winRate score rank }
          totals { target repTargets wonAmountInBase paidRevenueInBase attainment } } }
        """;

    private static readonly object March = new { year = 2027, month = 3 };

    /// <summary>The demo tenant keeps New York's calendar, so periods begin at its midnight, not at UTC's.</summary>
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Tenancy:Tenants:0:TimeZone"] = "America/New_York" };

    private GraphQLClient Admin => App.As("demo");

    private GraphQLClient Carol => App.As("demo", "carol", "manager");

    private GraphQLClient Alice => App.As("demo", "alice", "rep");

    private GraphQLClient Bob => App.As("demo", "bob", "rep");

    private GraphQLClient Dave => App.As("demo", "dave", "rep");

    [Fact]
    public async Task Known_activity_gives_exact_attainment_kpis_scores_and_ranking()
    {
        var east = await SeedMarchAsync();

        var data = (await Carol.DataAsync(AppraisalQuery, new { p = March }))["appraisal"]!;

        Assert.Equal("2027-03", data["period"]!["key"]!.GetValue<string>());
        Assert.Equal("USD", data["baseCurrency"]!.GetValue<string>());
        Assert.Equal("East", data["team"]!["name"]!.GetValue<string>());
        Assert.Equal(3, data["members"]!.GetValue<int>());
        var reps = data["reps"]!.AsArray();
        Assert.Equal(["bob", "alice", "carol"], reps.Select(r => r!["rep"]!["userId"]!.GetValue<string>()));
        Assert.Equal([1, 2, 3], reps.Select(r => r!["rank"]!.GetValue<int>()));

        var bob = reps[0]!;
        Assert.Equal(5000m, bob["target"]!.GetValue<decimal>());
        Assert.Equal(1, bob["paidOrders"]!.GetValue<int>());                 // February's payment is not March's
        Assert.Equal(6000m, bob["paidRevenueInBase"]!.GetValue<decimal>());
        Assert.Equal(1.2m, bob["attainment"]!.GetValue<decimal>());
        Assert.Null(bob["winRate"]);
        Assert.Null(bob["followUpRate"]);
        Assert.Equal(2, bob["callsLogged"]!.GetValue<int>());
        Assert.Equal(88.46m, bob["score"]!.GetValue<decimal>());           // (50·1 + 15·2/4) / 65

        var alice = reps[1]!;
        Assert.Equal(10000m, alice["target"]!.GetValue<decimal>());
        Assert.Equal(2, alice["won"]!.GetValue<int>());
        Assert.Equal(1, alice["lost"]!.GetValue<int>());
        Assert.Equal(3000m + 1200m, alice["wonAmountInBase"]!.GetValue<decimal>()); // EUR 1000 at 1.2
        Assert.Equal(6000m, alice["paidRevenueInBase"]!.GetValue<decimal>());
        Assert.Equal(0.6m, alice["attainment"]!.GetValue<decimal>());
        Assert.Equal(0.6667m, alice["winRate"]!.GetValue<decimal>());
        Assert.Equal(4, alice["callsLogged"]!.GetValue<int>());            // the e-mail is not a call
        Assert.Equal(3, alice["followUpsDue"]!.GetValue<int>());           // two on customers, one on an opportunity
        Assert.Equal(1, alice["followUpsOnTime"]!.GetValue<int>());
        Assert.Equal(0.3333m, alice["followUpRate"]!.GetValue<decimal>());
        Assert.Equal(63.33m, alice["score"]!.GetValue<decimal>());         // 50·0.6 + 20·0.6667 + 15·0.3333 + 15·1

        var carol = reps[2]!;
        Assert.Equal(2000m, carol["target"]!.GetValue<decimal>());
        Assert.Equal(0m, carol["attainment"]!.GetValue<decimal>());
        Assert.Equal(0m, carol["score"]!.GetValue<decimal>());
        Assert.Equal(["0.00", "63.33", "88.46"], new[] { carol, alice, bob }.Select(l => l["score"]!.ToJsonString()).Order()); // one scale for every score

        var totals = data["totals"]!;
        Assert.Equal(20000m, totals["target"]!.GetValue<decimal>());
        Assert.Equal(17000m, totals["repTargets"]!.GetValue<decimal>());
        Assert.Equal(4200m, totals["wonAmountInBase"]!.GetValue<decimal>());
        Assert.Equal(12000m, totals["paidRevenueInBase"]!.GetValue<decimal>());
        Assert.Equal(0.6m, totals["attainment"]!.GetValue<decimal>());

        // A later change of the EUR rate does not move what was won; the admin (no team) names the team and sees the same.
        await RateAsync("EUR", "2027-01-01", 2m);
        var again = (await Admin.DataAsync(AppraisalQuery, new { p = March, t = east }))["appraisal"]!;
        Assert.Equal(4200m, again["reps"]![1]!["wonAmountInBase"]!.GetValue<decimal>());
        Assert.Equal(data.ToJsonString(), again.ToJsonString());

        // Other periods: February holds bob's first payment only; the quarter both, without a quarterly target.
        var february = (await Carol.DataAsync(AppraisalQuery, new { p = new { year = 2027, month = 2 } }))["appraisal"]!["reps"]!.AsArray();
        Assert.Equal(1000m, february.Single(r => r!["rep"]!["userId"]!.GetValue<string>() == "bob")!["paidRevenueInBase"]!.GetValue<decimal>());
        Assert.All(february, r => Assert.Null(r!["target"]));
        Assert.All(february, r => Assert
            .Equal((0m, 1), (r!["score"]!.GetValue<decimal>(), r["rank"]!.GetValue<int>()))); // no KPI defined: equal scores share rank 1
        var quarter = (await Carol.DataAsync(AppraisalQuery, new { p = new { year = 2027, quarter = 1 } }))["appraisal"]!;
        Assert.Equal("2027-Q1", quarter["period"]!["key"]!.GetValue<string>());
        Assert.Equal(13000m, quarter["totals"]!["paidRevenueInBase"]!.GetValue<decimal>());
        Assert.Null(quarter["totals"]!["target"]);
    }

    [Fact]
    public async Task A_rep_sees_their_own_line_and_rank_a_manager_the_team_and_another_team_sees_nothing()
    {
        var east = await SeedMarchAsync();

        var own = (await Alice.DataAsync(AppraisalQuery, new { p = March }))["appraisal"]!;
        var line = Assert.Single(own["reps"]!.AsArray());
        Assert.Equal("alice", line!["rep"]!["userId"]!.GetValue<string>());
        Assert.Equal(2, line["rank"]!.GetValue<int>());                    // ranked among all three
        Assert.Equal(3, own["members"]!.GetValue<int>());
        Assert.Null(own["totals"]);                                        // the team's sums would reveal the others

        Assert.Equal(3, (await Carol.DataAsync(AppraisalQuery, new { p = March, t = east }))["appraisal"]!["reps"]!.AsArray().Count);

        var outsider = await Dave.PostAsync(AppraisalQuery, new { p = March, t = east });
        Assert.Equal("NOT_FOUND", outsider.FirstErrorCode);
        Assert.Null(outsider.Data?["appraisal"]);

        var west = (await Dave.DataAsync(AppraisalQuery, new { p = March }))["appraisal"]!;
        Assert.Equal("West", west["team"]!["name"]!.GetValue<string>());
        Assert.Equal(["dave"], west["reps"]!.AsArray().Select(r => r!["rep"]!["userId"]!.GetValue<string>()));

        var noTeam = await Admin.PostAsync(AppraisalQuery, new { p = March });
        Assert.Equal("VALIDATION", noTeam.FirstErrorCode);

        // Targets follow the same scope: alice sees her own and her team's, dave nothing of East's.
        var aliceTargets = await TargetsAsync(Alice);
        Assert.Equal(["alice", "team"], aliceTargets);
        Assert.Equal(["alice", "bob", "carol", "team"], await TargetsAsync(Carol));
        Assert.Empty(await TargetsAsync(Dave));
    }

    [Fact]
    public async Task Bad_periods_and_amounts_are_refused_and_change_nothing()
    {
        var admin = Admin;
        foreach (var period in new object[] { new { year = 2027, month = 13 }, new { year = 2027, month = 3, quarter = 1 }, new { year = 2027 },
            new { year = 1999, month = 1 }, new { year = 2027, quarter = 5 } })
        {
            var appraisal = await Carol.PostAsync(AppraisalQuery, new { p = period });
            Assert.Equal("VALIDATION", appraisal.FirstErrorCode);
            var set = await admin.PostAsync(
                "mutation($p: SalesPeriodInput!) { setSalesTarget(input: { userId: \"alice\", period: $p, amount: 100 }) { salesTarget { id } } }",
                new { p = period });
            Assert.Equal("VALIDATION", set.FirstErrorCode);
            Assert.StartsWith("period", set.Errors[0]["extensions"]!["fields"]![0]!["field"]!.GetValue<string>());
        }

        var negative = await admin.PostAsync(
            "mutation($p: SalesPeriodInput!) { setSalesTarget(input: { userId: \"alice\", period: $p, amount: -1 }) { salesTarget { id } } }",
            new { p = March });
        Assert.Equal("VALIDATION", negative.FirstErrorCode);
        Assert.Equal("amount", negative.Errors[0]["extensions"]!["fields"]![0]!["field"]!.GetValue<string>());
        var both = await admin.PostAsync(
            "mutation($p: SalesPeriodInput!) { setSalesTarget(input: { userId: \"alice\", teamId: \"x\", period: $p, amount: 1 }) { salesTarget { id } } }",
            new { p = March });
        Assert.Equal("VALIDATION", both.FirstErrorCode);
        var badQuery = await admin.PostAsync("{ salesTargets(period: { year: 2027, month: 0 }) { totalCount } }");
        Assert.Equal("VALIDATION", badQuery.FirstErrorCode);
        Assert.Equal(0, (await admin.DataAsync("{ salesTargets { totalCount } }"))["salesTargets"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Targets_are_set_only_within_ones_scope_upserted_with_versions_audited_and_removable()
    {
        var teams = await TeamsAsync();
        var alice = await SetAsync(Carol, "alice", null, March, 1000m);
        Assert.Equal("carol", alice["setBy"]!.GetValue<string>());
        Assert.Equal("USD", alice["baseCurrency"]!.GetValue<string>());
        Assert.Equal("2027-03", alice["period"]!["key"]!.GetValue<string>());

        var again = await SetAsync(Carol, "alice", null, March, 1500.555m, alice["version"]!.GetValue<long>());
        Assert.Equal(alice["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
        Assert.Equal(1500.56m, again["amount"]!.GetValue<decimal>());
        Assert.True(again["version"]!.GetValue<long>() > alice["version"]!.GetValue<long>());
        var stale = await Carol.PostAsync(
            "mutation($p: SalesPeriodInput!, $v: Long) { setSalesTarget(input: { userId: \"alice\", period: $p, amount: 9, version: $v }) { salesTarget { id " +
            "} } }",
            new { p = March, v = alice["version"]!.GetValue<long>() });
        Assert.Equal("CONFLICT", stale.FirstErrorCode);

        var rep = await Alice.PostAsync(
            "mutation($p: SalesPeriodInput!) { setSalesTarget(input: { userId: \"bob\", period: $p, amount: 1 }) { salesTarget { id } } }", new { p = March });
        Assert.Equal("FORBIDDEN", rep.FirstErrorCode);                  // reps lack team.targets
        var outside = await Carol.PostAsync(
            "mutation($p: SalesPeriodInput!) { setSalesTarget(input: { userId: \"dave\", period: $p, amount: 1 }) { salesTarget { id } } }", new { p = March });
        Assert.Equal("NOT_FOUND", outside.FirstErrorCode);
        var self = await Carol.PostAsync(
            "mutation($p: SalesPeriodInput!) { setSalesTarget(input: { userId: \"carol\", period: $p, amount: 1 }) { salesTarget { id } } }",
            new { p = March });
        Assert.Equal("FORBIDDEN", self.FirstErrorCode);
        var otherTeam = await Carol.PostAsync(
            "mutation($p: SalesPeriodInput!, $t: ID) { setSalesTarget(input: { teamId: $t, period: $p, amount: 1 }) { salesTarget { id } } }",
            new { p = March, t = teams["West"] });
        Assert.Equal("FORBIDDEN", otherTeam.FirstErrorCode);
        var team = await SetAsync(Carol, null, teams["East"], new { year = 2027, quarter = 1 }, 30000m);
        Assert.Equal("East", team["team"]!["name"]!.GetValue<string>());
        Assert.Equal("2027-Q1", team["period"]!["key"]!.GetValue<string>());

        var audit = await Admin.DataAsync("{ auditLog(where: { operation: { eq: \"setSalesTarget\" } }) { totalCount } }");
        Assert.Equal(3, audit["auditLog"]!["totalCount"]!.GetValue<int>());

        var removeOutside = await Dave.PostAsync("mutation($id: ID!) { removeSalesTarget(input: { id: $id }) { salesTarget { id } } }",
            new { id = again["id"]!.GetValue<string>() });
        Assert.Equal("FORBIDDEN", removeOutside.FirstErrorCode);
        await Carol.DataAsync("mutation($id: ID!) { removeSalesTarget(input: { id: $id }) { salesTarget { id } } }",
            new { id = again["id"]!.GetValue<string>() });
        Assert.Empty(await TargetsAsync(Carol));
        var gone = await Carol.PostAsync("mutation($id: ID!) { removeSalesTarget(input: { id: $id }) { salesTarget { id } } }",
            new { id = again["id"]!.GetValue<string>() });
        Assert.Equal("NOT_FOUND", gone.FirstErrorCode);
    }

    [Fact]
    public void The_score_is_the_weighted_mean_of_the_defined_kpis_with_attainment_capped()
    {
        Assert.Equal(0m, Data.AppraisalService.Score(null, null, null, null));
        Assert.Equal(100m, Data.AppraisalService.Score(3m, null, null, null));
        Assert.Equal(50m, Data.AppraisalService.Score(null, 0.5m, 0.5m, 0.5m));
        Assert.Equal(50m, Data.AppraisalService.Score(1m, 0m, 0m, 0m));
        Assert.Equal(63.33m, Data.AppraisalService.Score(0.6m, 0.6667m, 0.3333m, 1m));
    }

    [Fact]
    public async Task Periods_follow_the_tenants_time_zone_so_a_late_evening_payment_counts_in_that_local_month()
    {
        var customer = await CustomerAsync(Bob, "Bob Late Buyer");
        await PaidAtAsync(new DateTimeOffset(2027, 3, 1, 4, 30, 0, TimeSpan.Zero), customer, 700m);  // 28 February, 23:30 in New York (EST)
        await PaidAtAsync(new DateTimeOffset(2027, 4, 1, 3, 30, 0, TimeSpan.Zero), customer, 300m);  // 31 March, 23:30 (EDT since 14 March)
        await PaidAtAsync(new DateTimeOffset(2027, 4, 1, 4, 30, 0, TimeSpan.Zero), customer, 50m);   // 1 April, 00:30
        App.Clock.Advance(TimeSpan.FromDays(2));

        async Task<(string From, string To, decimal Paid)> BobIn(object period)
        {
            var data = (await Carol.DataAsync(
                "query($p: SalesPeriodInput!) { appraisal(period: $p) { period { from to } reps { rep { userId } paidRevenueInBase } } }",
                new { p = period }))["appraisal"]!;
            var bob = data["reps"]!.AsArray().Single(r => r!["rep"]!["userId"]!.GetValue<string>() == "bob")!;
            return (data["period"]!["from"]!.GetValue<string>(), data["period"]!["to"]!.GetValue<string>(), bob["paidRevenueInBase"]!.GetValue<decimal>());
        }

        var march = await BobIn(March);
        Assert.Equal(300m, march.Paid);
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 5, 0, 0, TimeSpan.Zero),
            DateTimeOffset.Parse(march.From, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTimeOffset(2027, 4, 1, 4, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(march.To, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(700m, (await BobIn(new { year = 2027, month = 2 })).Paid);
        Assert.Equal(50m, (await BobIn(new { year = 2027, month = 4 })).Paid);
        Assert.Equal(1000m, (await BobIn(new { year = 2027, quarter = 1 })).Paid);
    }

    private async Task PaidAtAsync(DateTimeOffset at, string customer, decimal amount)
    {
        App.Clock.Advance(at - App.Clock.GetUtcNow());
        await PaidOrderAsync(Bob, customer, amount);
    }

    /// <summary>
    /// February: bob is paid 1,000. March (clock from 2027-03-01 09:00 to 2027-03-10): targets alice 10,000, bob 5,000, carol 2,000, East 20,000;
    /// alice wins USD 3,000 and EUR 1,000 (at 1.2), loses one, is paid 6,000, logs 4 calls and an e-mail, has three follow-ups due
    /// (one done in time); bob is paid 6,000 and logs 2 calls; dave (West) is paid 50,000.
    /// </summary>
    private async Task<string> SeedMarchAsync()
    {
        App.Clock.Advance(new DateTimeOffset(2027, 2, 20, 9, 0, 0, TimeSpan.Zero) - App.Clock.GetUtcNow());
        var bobCustomer = await CustomerAsync(Bob, "Bob Buyer");
        await PaidOrderAsync(Bob, bobCustomer, 1000m);

        App.Clock.Advance(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero) - App.Clock.GetUtcNow());
        var start = App.Clock.GetUtcNow();
        var teams = await TeamsAsync();
        await RateAsync("EUR", "2027-01-01", 1.2m);
        await SetAsync(Carol, "alice", null, March, 10000m);
        await SetAsync(Carol, "bob", null, March, 5000m);
        await SetAsync(Admin, "carol", null, March, 2000m);
        await SetAsync(Carol, null, teams["East"], March, 20000m);

        var customer = await CustomerAsync(Alice, "Alice Account");
        var stages = (await Alice.DataAsync("{ pipelineStages { nodes { id name } } }"))["pipelineStages"]!["nodes"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["id"]!.GetValue<string>());
        var won1 = await OpportunityAsync(customer, 3000m, "USD");
        var won2 = await OpportunityAsync(customer, 1000m, "EUR");
        var lost = await OpportunityAsync(customer, 500m, "USD");
        for (var i = 0; i < 4; i++)
        {
            await InteractionAsync(Alice, customer, "CALL", null);
        }

        await InteractionAsync(Alice, customer, "EMAIL", null);
        var onTime = await InteractionAsync(Alice, customer, "VISIT", start.AddDays(2));
        await InteractionAsync(Alice, customer, "VISIT", start.AddDays(3));
        var opportunityFollowUp = (await Alice.DataAsync(
            "mutation($o: ID!, $at: DateTimeOffset) { logOpportunityFollowUp(input: { opportunityId: $o, note: \"Call back\", nextFollowUpAt: $at }) { " +
            "followUp { id } } }",
            new { o = won1, at = start.AddDays(4) }))["logOpportunityFollowUp"]!["followUp"]!["id"]!.GetValue<string>();
        await InteractionAsync(Bob, bobCustomer, "CALL", null);
        await InteractionAsync(Bob, bobCustomer, "CALL", null);
        var daveCustomer = await CustomerAsync(Dave, "Dave Deal");
        await PaidOrderAsync(Dave, daveCustomer, 50000m);

        App.Clock.Advance(TimeSpan.FromDays(1));
        await Alice.DataAsync("mutation($id: ID!) { completeFollowUp(input: { id: $id }) { interaction { id } } }", new { id = onTime });
        await MoveAsync(won1, stages["Won"], null);
        await MoveAsync(won2, stages["Won"], null);
        await MoveAsync(lost, stages["Lost"], "Price");
        await PaidOrderAsync(Alice, customer, 6000m);
        await PaidOrderAsync(Bob, bobCustomer, 6000m);

        App.Clock.Advance(TimeSpan.FromDays(4));
        // a day late
        await Alice
            .DataAsync("mutation($id: ID!) { completeOpportunityFollowUp(input: { id: $id }) { followUp { id } } }", new { id = opportunityFollowUp });
        App.Clock.Advance(TimeSpan.FromDays(4));
        return teams["East"];
    }

    private async Task<List<string>> TargetsAsync(GraphQLClient client) =>
        (await client.DataAsync("{ salesTargets(period: { year: 2027, month: 3 }) { nodes { userId team { name } } } }"))["salesTargets"]!["nodes"]!.AsArray()
            .Select(n => n!["userId"]?.GetValue<string>() ?? "team").Order(StringComparer.Ordinal).ToList();

    private async Task<JsonNode> SetAsync(GraphQLClient client, string? userId, string? teamId, object period, decimal amount, long? version = null) =>
        (await client.DataAsync("""
            mutation($u: String, $t: ID, $p: SalesPeriodInput!, $a: Decimal!, $v: Long) { setSalesTarget(input: { userId: $u, teamId: $t, period: $p,
                amount: $a, version: $v }) {
              salesTarget { id userId team { name } period { key } amount baseCurrency setBy version } } }
            """, new { u = userId, t = teamId, p = period, a = amount, v = version }))["setSalesTarget"]!["salesTarget"]!;

    private async Task<Dictionary<string, string>> TeamsAsync() =>
        (await Admin.DataAsync("{ teams { nodes { id name } } }"))["teams"]!["nodes"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(),
            t => t!["id"]!.GetValue<string>());

    private async Task RateAsync(string currency, string date, decimal rate) =>
        await Admin.DataAsync(
            "mutation($c: String!, $d: DateOnly!, $r: Decimal!) { setExchangeRate(input: { currency: $c, date: $d, rate: $r }) { exchangeRate { rate } } }",
            new { c = currency, d = date, r = rate });

    private static async Task<string> CustomerAsync(GraphQLClient client, string name) =>
        (await client.DataAsync("mutation($n: String!) { createCustomer(input: { name: $n }) { customer { id } } }", new { n = name }))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

    private async Task<string> OpportunityAsync(string customer, decimal amount, string currency) =>
        (await Alice.DataAsync(
            "mutation($c: ID!, $a: Decimal, $cur: String) { createOpportunity(input: { customerId: $c, title: \"Deal\", amount: $a, currency: $cur }) { " +
            "opportunity { id } } }",
            new { c = customer, a = amount, cur = currency }))["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();

    private async Task MoveAsync(string id, string stage, string? reason) =>
        await Alice.DataAsync(
            "mutation($id: ID!, $s: ID!, $r: String) { moveOpportunityStage(input: { id: $id, stageId: $s, reason: $r }) { opportunity { status } } }",
            new { id, s = stage, r = reason });

    private static async Task<string> InteractionAsync(GraphQLClient client, string customer, string kind, DateTimeOffset? followUp) =>
        (await client.DataAsync(
            "mutation($c: ID!, $k: InteractionKind!, $f: DateTimeOffset) { logInteraction(input: { customerId: $c, kind: $k, subject: \"Touch\", " +
            "nextFollowUpAt: $f }) { interaction { id } } }",
            new { c = customer, k = kind, f = followUp }))["logInteraction"]!["interaction"]!["id"]!.GetValue<string>();

    private static async Task PaidOrderAsync(GraphQLClient client, string customer, decimal amount)
    {
        var id = (await client.DataAsync(
            "mutation($c: ID!, $p: Decimal!) { createOrder(input: { customerId: $c, lines: [{ description: \"Work\", quantity: 1, unitPrice: $p }] }) { " +
            "order { id } } }",
            new { c = customer, p = amount }))["createOrder"]!["order"]!["id"]!.GetValue<string>();
        await client.DataAsync("mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { id } } }", new { id });
        await client.DataAsync("mutation($id: ID!, $a: Decimal!) { recordPayment(input: { orderId: $id, amount: $a }) { order { status } } }",
            new { id, a = amount });
    }
}

public sealed class AppraisalOnSqlite() : AppraisalTests(TestProvider.Sqlite);

public sealed class AppraisalOnPostgres() : AppraisalTests(TestProvider.Postgres);
