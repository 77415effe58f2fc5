using SalesSuite.Testing;

namespace SalesSuite.Modules.Orders.Tests;

/// <summary>
/// A page of opportunities with their customer, owner and orders with lines crosses four modules; each level is one
/// batched query, so the number of SQL statements does not grow with the page.
/// </summary>
public abstract class NestedQueryTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string Query = """
        query($n: Int) { opportunities(first: $n, order: [{ title: ASC }]) { nodes { title customer { name } owner { name }
          orders { total lines { description quantity net } } } } }
        """;

    [Fact]
    public async Task A_page_of_100_opportunities_with_customer_owner_and_orders_runs_as_many_statements_as_a_page_of_10()
    {
        var alice = App.As("demo", "alice", "rep");
        var customers = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            customers.Add((await alice.DataAsync("mutation($n: String!) { createCustomer(input: { name: $n }) { customer { id } } }",
                new { n = $"Nested {i:D2}" }))
                ["createCustomer"]!["customer"]!["id"]!.GetValue<string>());
        }

        for (var i = 0; i < 100; i++)
        {
            var customer = customers[i % customers.Count];
            var opportunity = (await alice.DataAsync(
                "mutation($c: ID!, $t: String!) { createOpportunity(input: { customerId: $c, title: $t, amount: 1000 }) { opportunity { id } } }",
                new { c = customer, t = $"AAA deal {i:D3}" }))["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();
            await alice.DataAsync("""
                mutation($c: ID!, $o: ID!, $q: Decimal!) { createOrder(input: { customerId: $c, opportunityId: $o, lines: [
                  { description: "Licence", quantity: $q, unitPrice: 100 }, { description: "Setup", quantity: 1, unitPrice: 250 }] }) { order { id } } }
                """, new { c = customer, o = opportunity, q = i % 5 + 1 });
        }

        var counts = new Dictionary<int, int>();
        foreach (var pageSize in new[] { 10, 100 })
        {
            App.Sql.Clear();
            var nodes = (await alice.DataAsync(Query, new { n = pageSize }))["opportunities"]!["nodes"]!.AsArray();
            counts[pageSize] = App.Sql.Commands.Count;

            Assert.Equal(pageSize, nodes.Count);
            for (var i = 0; i < pageSize; i++)
            {
                var node = nodes[i]!;
                Assert.Equal($"AAA deal {i:D3}", node["title"]!.GetValue<string>());
                Assert.Equal($"Nested {i % customers.Count:D2}", node["customer"]!["name"]!.GetValue<string>());
                Assert.Equal("Alice Adams", node["owner"]!["name"]!.GetValue<string>());
                var order = Assert.Single(node["orders"]!.AsArray())!;
                Assert.Equal((i % 5 + 1) * 100m + 250m, order["total"]!.GetValue<decimal>());
                Assert.Equal(["Licence", "Setup"], order["lines"]!.AsArray().Select(l => l!["description"]!.GetValue<string>()));
            }
        }

        Assert.Equal(counts[10], counts[100]);
        Assert.True(counts[10] <= 8,
            $"{counts[10]} statements: the access grant, then one per level (opportunities, customers, reps, orders with lines) is expected");
    }

    [Fact]
    public async Task Nodes_by_ids_load_each_type_in_one_query_keep_the_order_given_and_leave_out_records_outside_the_scope()
    {
        var alice = App.As("demo", "alice", "rep");
        var dave = App.As("demo", "dave", "rep");
        var ids = new List<(string Id, string Name)>();
        for (var i = 0; i < 30; i++)
        {
            var customer = (await alice.DataAsync("mutation($n: String!) { createCustomer(input: { name: $n }) { customer { id } } }",
                new { n = $"Bulk {i:D2}" }))
                ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
            var order = (await alice.DataAsync(
                "mutation($c: ID!) { createOrder(input: { customerId: $c, lines: [{ description: \"Seat\", quantity: 2, unitPrice: 10 }] }) { order { id } } }",
                new { c = customer }))["createOrder"]!["order"]!["id"]!.GetValue<string>();
            ids.Add((customer, $"Bulk {i:D2}"));
            ids.Add((order, "order"));
        }

        var hidden = (await dave.DataAsync("mutation { createCustomer(input: { name: \"Dave's own\" }) { customer { id } } }"))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        const string Query = "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Customer { name } ... on Order { total lines { description } } } }";
        var counts = new List<int>();
        foreach (var take in new[] { 4, 60 })
        {
            var asked = ids.Take(take).Select(x => x.Id).Reverse().Append(hidden).ToList();
            App.Sql.Clear();
            var nodes = (await alice.DataAsync(Query, new { ids = asked }))["nodes"]!.AsArray();
            counts.Add(App.Sql.Commands.Count);

            Assert.Equal(asked.Count, nodes.Count);
            Assert.Null(nodes[^1]);                                             // dave's customer is outside alice's scope
            var expected = ids.Take(take).Reverse().ToList();
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Id, nodes[i]!["id"]!.GetValue<string>());
                if (expected[i].Name == "order")
                {
                    Assert.Equal(20m, nodes[i]!["total"]!.GetValue<decimal>());
                    Assert.Equal("Seat", nodes[i]!["lines"]![0]!["description"]!.GetValue<string>());
                }
                else
                {
                    Assert.Equal(expected[i].Name, nodes[i]!["name"]!.GetValue<string>());
                }
            }
        }

        Assert.Equal(counts[0], counts[1]);
        Assert.True(counts[1] <= 5, $"{counts[1]} statements: the access grant, customers, orders and their lines are expected");
    }
}

public sealed class NestedQueryOnSqlite() : NestedQueryTests(TestProvider.Sqlite);

public sealed class NestedQueryOnPostgres() : NestedQueryTests(TestProvider.Postgres);
