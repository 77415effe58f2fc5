using SalesSuite.Testing;

namespace SalesSuite.Modules.Customers.Tests;

/// <summary>Conversion of a cohort of leads, moved along by the Opportunities' and Orders' events, by month, source and owner.</summary>
public abstract class ConversionTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string Query = """
        query($from: DateOnly!, $to: DateOnly!) { customerConversion(from: $from, to: $to) {
          total { leads prospects customers repeatCustomers leadToProspectRate prospectToCustomerRate leadToCustomerRate customerToRepeatRate }
          byMonth { key leads prospects customers repeatCustomers }
          bySource { key leads prospects customers leadToCustomerRate }
          byOwner { key leads prospects customers } } }
        """;

    [Fact]
    public async Task Conversion_rates_count_the_leads_of_the_period_by_month_source_and_owner()
    {
        var alice = App.As("demo", "alice", "rep");
        var bob = App.As("demo", "bob", "rep");
        App.Clock.Advance(TimeSpan.FromDays(29)); // 2026-12-01, past the seeded demo customers
        var won = await CustomerAsync(alice, "Won Ltd", "Web");
        var repeat = await CustomerAsync(alice, "Repeat Ltd", "Web");
        await CustomerAsync(alice, "Cold Ltd", "Referral");
        App.Clock.Advance(TimeSpan.FromDays(31)); // 2027-01-01
        var talking = await CustomerAsync(alice, "Talking Ltd", "Referral");
        await CustomerAsync(bob, "Bob's Lead", null);

        var wonDeal = await OpportunityAsync(alice, won);
        await OpportunityAsync(alice, repeat);
        await OpportunityAsync(alice, talking);
        var stages = (await alice.DataAsync("{ pipelineStages { nodes { id name } } }"))["pipelineStages"]!["nodes"]!.AsArray().ToDictionary(
            s => s!["name"]!.GetValue<string>(), s => s!["id"]!.GetValue<string>());
        await alice.DataAsync(
            "mutation($id: ID!, $s: ID!) { moveOpportunityStage(input: { id: $id, stageId: $s, reason: \"Fit\" }) { opportunity { status } } }",
            new { id = wonDeal, s = stages["Won"] });
        await PaidOrderAsync(alice, repeat);
        await PaidOrderAsync(alice, repeat);
        await App.DispatchEventsAsync();

        // Won Ltd is a customer, Repeat Ltd a repeat customer, Talking Ltd a prospect, Cold Ltd and Bob's Lead still leads.
        var all = (await App.As("demo").DataAsync(Query, new { from = "2026-12-01", to = "2027-01-31" }))["customerConversion"]!;
        var total = all["total"]!;
        Assert.Equal([5, 3, 2, 1], new[] { "leads", "prospects", "customers", "repeatCustomers" }.Select(f => total[f]!.GetValue<int>()));
        Assert.Equal(0.6m, total["leadToProspectRate"]!.GetValue<decimal>());
        Assert.Equal(0.6667m, total["prospectToCustomerRate"]!.GetValue<decimal>());
        Assert.Equal(0.4m, total["leadToCustomerRate"]!.GetValue<decimal>());
        Assert.Equal(0.5m, total["customerToRepeatRate"]!.GetValue<decimal>());

        Assert.Equal(["2026-12:3/2/2/1", "2027-01:2/1/0/0"], all["byMonth"]!.AsArray().Select(m =>
            $"{m!["key"]}:{m["leads"]}/{m["prospects"]}/{m["customers"]}/{m["repeatCustomers"]}"));
        Assert.Equal(["Referral:2/1/0/0", "Web:2/2/2/1", "(none):1/0/0/0"], all["bySource"]!.AsArray().Select(s =>
            $"{s!["key"]}:{s["leads"]}/{s["prospects"]}/{s["customers"]}/{s["leadToCustomerRate"]}"));
        Assert.Equal(["alice:4/3/2", "bob:1/0/0"], all["byOwner"]!.AsArray().Select(o => $"{o!["key"]}:{o["leads"]}/{o["prospects"]}/{o["customers"]}"));

        // Each rep counts only their own customers.
        var mine = (await alice.DataAsync(Query, new { from = "2026-12-01", to = "2027-01-31" }))["customerConversion"]!;
        Assert.Equal(["alice:4/3/2"], mine["byOwner"]!.AsArray().Select(o => $"{o!["key"]}:{o["leads"]}/{o["prospects"]}/{o["customers"]}"));
        var bobs = (await bob.DataAsync(Query, new { from = "2026-12-01", to = "2027-01-31" }))["customerConversion"]!["total"]!;
        Assert.Equal(1, bobs["leads"]!.GetValue<int>());
        Assert.Null(bobs["prospectToCustomerRate"]);

        var bad = await alice.PostAsync(Query, new { from = "2026-12-31", to = "2026-12-01" });
        Assert.Equal("VALIDATION", bad.FirstErrorCode);
        Assert.Null(bad.Data);
    }

    private static async Task<string> CustomerAsync(GraphQLClient client, string name, string? source) =>
        (await client.DataAsync("mutation($n: String!, $s: String) { createCustomer(input: { name: $n, source: $s }) { customer { id } } }",
            new { n = name, s = source }))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

    private static async Task<string> OpportunityAsync(GraphQLClient client, string customer) =>
        (await client.DataAsync("mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: \"Deal\", amount: 100 }) { opportunity { id } } }",
            new { c = customer }))
            ["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();

    private static async Task PaidOrderAsync(GraphQLClient client, string customer)
    {
        var id = (await client.DataAsync(
            "mutation($c: ID!) { createOrder(input: { customerId: $c, lines: [{ description: \"Item\", quantity: 1, unitPrice: 10 }] }) { order { id } } }",
            new { c = customer }))
            ["createOrder"]!["order"]!["id"]!.GetValue<string>();
        await client.DataAsync("mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { id } } }", new { id });
        await client.DataAsync("mutation($id: ID!) { recordPayment(input: { orderId: $id, amount: 10 }) { order { status } } }", new { id });
    }
}

public sealed class ConversionOnSqlite() : ConversionTests(TestProvider.Sqlite);

public sealed class ConversionOnPostgres() : ConversionTests(TestProvider.Postgres);
