using System.Text.Json.Nodes;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Orders.Tests;

/// <summary>
/// One sales cycle end to end, through GraphQL alone, as a rep and a manager would run it: customer, opportunity through
/// the stages to won, order confirmed, paid in two parts, shipped, completed; then every figure that should reflect it,
/// the audit trail of every step, and a rep of another team who sees none of it.
/// </summary>
public abstract class SalesCycleTests(TestProvider provider) : FreshAppTests(provider)
{
    [Fact]
    public async Task A_sales_cycle_runs_end_to_end_and_every_figure_reflects_it()
    {
        App.Clock.Advance(TimeSpan.FromDays(29)); // 2026-12-01 09:00 UTC: a month of its own, past the seeded demo data
        var alice = App.As("demo", "alice", "rep");
        var admin = App.As("demo");
        var product = (await admin
            .DataAsync("mutation { defineProduct(input: { sku: \"CYC-1\", name: \"Cycle licence\", unitPrice: 2500, taxRate: 10 }) { product { id } } }"))
            ["defineProduct"]!["product"]!["id"]!.GetValue<string>();

        // 1. A lead with a contact.
        var customer = (await alice.DataAsync("""
            mutation {
                createCustomer(input: { name: "Cycle Corp", source: "Referral", contacts: [{ name: "Cy Buyer", email: "cy@cycle.example" }] }) {
                    customer { id lifecycleStage } } }
            """))["createCustomer"]!["customer"]!;
        var customerId = customer["id"]!.GetValue<string>();
        Assert.Equal("LEAD", customer["lifecycleStage"]!.GetValue<string>());

        // 2. An opportunity makes it a prospect; it moves through the stages to won.
        var opportunityId = (await alice.DataAsync("""
            mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: "Cycle rollout", amount: 10000, currency: "USD", source: "Referral",
                expectedCloseDate: "2026-12-20" }) { opportunity { id } } }
            """, new { c = customerId }))["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();
        await App.DispatchEventsAsync();
        Assert.Equal("PROSPECT", await LifecycleAsync(alice, customerId));
        var stages = (await alice.DataAsync("{ pipelineStages { nodes { id name } } }"))["pipelineStages"]!["nodes"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["id"]!.GetValue<string>());
        foreach (var stage in new[] { "Needs analysis", "Proposal", "Negotiation", "Won" })
        {
            App.Clock.Advance(TimeSpan.FromDays(2));
            await alice.DataAsync(
                "mutation($id: ID!, $s: ID!) { moveOpportunityStage(input: { id: $id, stageId: $s, reason: \"Best fit\" }) { opportunity { status } } }",
                new { id = opportunityId, s = stages[stage] });
        }

        await App.DispatchEventsAsync();
        Assert.Equal("CUSTOMER", await LifecycleAsync(alice, customerId));

        // Her manager gives alice a December target of 22,000.
        await App.As("demo", "carol", "manager")
            .DataAsync(
                "mutation { setSalesTarget(input: { userId: \"alice\", period: { year: 2026, month: 12 }, amount: 22000 }) { salesTarget { amount } } }");

        // 3. The order: 4 × 2,500 = 10,000 net, 10 % tax, 11,000 total; confirmed, paid in two parts, shipped, completed.
        var order = (await alice.DataAsync("""
            mutation($c: ID!, $o: ID!, $p: ID!) {
                createOrder(input: { customerId: $c, opportunityId: $o, lines: [{ productId: $p, quantity: 4 }] }) { order { id total lines { id } } } }
            """, new { c = customerId, o = opportunityId, p = product }))["createOrder"]!["order"]!;
        var orderId = order["id"]!.GetValue<string>();
        var lineId = order["lines"]![0]!["id"]!.GetValue<string>();
        Assert.Equal(11000m, order["total"]!.GetValue<decimal>());
        Assert.Equal("SO-000001", (await OrderAsync(alice, "confirmOrder", "{ id: $id }", orderId))["number"]!.GetValue<string>());
        App.Clock.Advance(TimeSpan.FromDays(1));
        var partly = await OrderAsync(alice, "recordPayment", "{ orderId: $id, amount: 5000, reference: \"first half\" }", orderId);
        Assert.Equal(("CONFIRMED", 6000m), (partly["status"]!.GetValue<string>(), partly["outstanding"]!.GetValue<decimal>()));
        App.Clock.Advance(TimeSpan.FromDays(3));
        var paid = await OrderAsync(alice, "recordPayment", "{ orderId: $id, amount: 6000, reference: \"rest\" }", orderId);
        Assert.Equal(("PAID", 0m), (paid["status"]!.GetValue<string>(), paid["outstanding"]!.GetValue<decimal>()));
        var shipped = await alice.DataAsync(
            "mutation($id: ID!, $l: ID!) { recordShipment(input: { orderId: $id, lines: [{ lineId: $l, quantity: 4 }] }) { order { status } } }",
            new { id = orderId, l = lineId });
        Assert.Equal("SHIPPED", shipped["recordShipment"]!["order"]!["status"]!.GetValue<string>());
        Assert.Equal("COMPLETED", (await OrderAsync(alice, "completeOrder", "{ id: $id }", orderId))["status"]!.GetValue<string>());
        await App.DispatchEventsAsync();

        // 4. The customer's view: lifecycle, its opportunity (won, 10,000) and its order (completed, 11,000, paid).
        var view = (await alice.DataAsync("""
            query($id: ID!) {
                customer(id: $id) {
                    lifecycleStage opportunities { nodes { status amount orders { number } } } orders { number status total paid opportunity { title } } } }
            """, new { id = customerId }))["customer"]!;
        Assert.Equal("CUSTOMER", view["lifecycleStage"]!.GetValue<string>());
        Assert.Equal("WON", view["opportunities"]!["nodes"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("SO-000001", view["opportunities"]!["nodes"]![0]!["orders"]![0]!["number"]!.GetValue<string>());
        Assert.Equal(("COMPLETED", 11000m, 11000m, "Cycle rollout"),
            (view["orders"]![0]!["status"]!.GetValue<string>(), view["orders"]![0]!["total"]!.GetValue<decimal>(),
            view["orders"]![0]!["paid"]!.GetValue<decimal>(), view["orders"]![0]!["opportunity"]!["title"]!.GetValue<string>()));

        // 5. The statistics of December, as alice and as her manager.
        foreach (var viewer in new[] { alice, App.As("demo", "carol", "manager") })
        {
            var stats = await viewer.DataAsync("""
                { opportunityStatistics(from: "2026-12-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { count won lost winRate }
                  orderStatistics(from: "2026-12-01", to: "2026-12-31") {
                      count amountInBase byStatus { key count } byOwner { key amountInBase } byProduct { key count amountInBase } }
                  customerConversion(from: "2026-12-01", to: "2026-12-31") { total { leads prospects customers } } }
                """);
            var opportunities = stats["opportunityStatistics"]!;
            Assert.Equal((1, 1, 0, 1m),
                (opportunities["count"]!.GetValue<int>(), opportunities["won"]!.GetValue<int>(), opportunities["lost"]!.GetValue<int>(),
                    opportunities["winRate"]!.GetValue<decimal>()));
            var orders = stats["orderStatistics"]!;
            Assert.Equal((1, 11000m), (orders["count"]!.GetValue<int>(), orders["amountInBase"]!.GetValue<decimal>()));
            Assert.Equal(["COMPLETED:1"], orders["byStatus"]!.AsArray().Select(s => $"{s!["key"]}:{s["count"]}"));
            Assert.Equal(["alice:11000"], orders["byOwner"]!.AsArray().Select(s => $"{s!["key"]}:{s["amountInBase"]}"));
            Assert.Equal(["CYC-1:1:10000"], orders["byProduct"]!.AsArray().Select(s => $"{s!["key"]}:{s["count"]}:{s["amountInBase"]}"));
            Assert.Equal([1, 1, 1], new[] { "leads", "prospects", "customers" }.Select(f => stats["customerConversion"]!["total"]![f]!.GetValue<int>()));
        }

        // 6. Alice's appraisal for December: the won deal and the paid order against her target, her rank in the team.
        var appraisal = (await alice
            .DataAsync(
                "{ appraisal(period: { year: 2026, month: 12 }) { team { name } reps { rep { userId } target won wonAmountInBase paidOrders " +
                "paidRevenueInBase attainment winRate rank } } }"))["appraisal"]!;
        Assert.Equal("East", appraisal["team"]!["name"]!.GetValue<string>());
        var line = Assert.Single(appraisal["reps"]!.AsArray())!;
        Assert.Equal(("alice", 22000m, 1, 10000m),
            (line["rep"]!["userId"]!.GetValue<string>(), line["target"]!.GetValue<decimal>(), line["won"]!.GetValue<int>(),
                line["wonAmountInBase"]!.GetValue<decimal>()));
        Assert.Equal((1, 11000m, 0.5m, 1m, 1),
            (line["paidOrders"]!.GetValue<int>(), line["paidRevenueInBase"]!.GetValue<decimal>(), line["attainment"]!.GetValue<decimal>(),
            line["winRate"]!.GetValue<decimal>(), line["rank"]!.GetValue<int>()));

        // 7. Every step is in the audit log, by who did it.
        Assert.Equal(["alice:createCustomer", "system:event:OpportunityCreated", "system:event:OpportunityWon", "system:event:OrderPaid"],
            await HistoryAsync(admin, customerId));
        Assert.Equal(
            ["alice:createOpportunity", "alice:moveOpportunityStage", "alice:moveOpportunityStage", "alice:moveOpportunityStage", "alice:moveOpportunityStage"],
            await HistoryAsync(admin, opportunityId));
        Assert.Equal(["alice:createOrder", "alice:confirmOrder", "alice:recordPayment", "alice:recordPayment", "alice:recordShipment", "alice:completeOrder"],
            await HistoryAsync(admin, orderId));

        // 8. Dave, a rep of the other team, sees none of it.
        var dave = App.As("demo", "dave", "rep");
        var seen = await dave.DataAsync("""
            query($c: ID!, $o: ID!, $r: ID!) { customer(id: $c) { id } opportunity(id: $o) { id } order(id: $r) { id }
              customers(where: { name: { eq: "Cycle Corp" } }) { totalCount } orders(where: { number: { eq: "SO-000001" } }) { totalCount }
              orderStatistics(from: "2026-12-01", to: "2026-12-31") { count amountInBase }
              opportunityStatistics(from: "2026-12-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { count won } }
            """, new { c = customerId, o = opportunityId, r = orderId });
        Assert.Null(seen["customer"]);
        Assert.Null(seen["opportunity"]);
        Assert.Null(seen["order"]);
        Assert.Equal(0, seen["customers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, seen["orders"]!["totalCount"]!.GetValue<int>());
        Assert.Equal((0, 0m), (seen["orderStatistics"]!["count"]!.GetValue<int>(), seen["orderStatistics"]!["amountInBase"]!.GetValue<decimal>()));
        Assert.Equal((0, 0), (seen["opportunityStatistics"]!["count"]!.GetValue<int>(), seen["opportunityStatistics"]!["won"]!.GetValue<int>()));
        Assert.Equal("NOT_FOUND",
            (await dave
                .PostAsync("mutation($id: ID!) { recordPayment(input: { orderId: $id, amount: 1 }) { order { id } } }", new { id = orderId })).FirstErrorCode);
        var west = (await dave.DataAsync("{ appraisal(period: { year: 2026, month: 12 }) { team { name } reps { rep { userId } paidRevenueInBase } } }"))
            ["appraisal"]!;
        Assert.Equal("West", west["team"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain(west["reps"]!.AsArray(), r => r!["rep"]!["userId"]!.GetValue<string>() == "alice");
    }

    private static async Task<string> LifecycleAsync(GraphQLClient client, string customerId) =>
        (await client.DataAsync("query($id: ID!) { customer(id: $id) { lifecycleStage } }", new { id = customerId }))
            ["customer"]!["lifecycleStage"]!.GetValue<string>();

    private static async Task<JsonNode> OrderAsync(GraphQLClient client, string mutation, string input, string id) =>
        (await client
            .DataAsync($"mutation($id: ID!) {{ {mutation}(input: {input}) {{ order {{ number status outstanding }} }} }}", new { id }))[mutation]!["order"]!;

    /// <summary>"actor:operation" of each audited change of the object, oldest first.</summary>
    private static async Task<List<string>> HistoryAsync(GraphQLClient client, string id)
    {
        var nodes = (await client.DataAsync("query($id: ID!) { entityHistory(id: $id, first: 100) { nodes { actorId operation action } } }", new { id }))
            ["entityHistory"]!["nodes"]!.AsArray();
        return nodes.Where(n => n!["action"]!.GetValue<string>() != "READ")
            .Select(n => $"{n!["actorId"]}:{n["operation"]}").ToList();
    }
}

public sealed class SalesCycleOnSqlite() : SalesCycleTests(TestProvider.Sqlite);

public sealed class SalesCycleOnPostgres() : SalesCycleTests(TestProvider.Postgres);
