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
            customers.Add((await alice.DataAsync("mutation($n: String!) { createCustomer(input: { name: $n }) { customer { id } } }", new { n = $"Nested {i:D2}" }))
                ["createCustomer"]!["customer"]!["id"]!.GetValue<string>());
        }

        for (var i = 0; i < 100; i++)
        {
            var customer = customers[i % customers.Count];
            var opportunity = (await alice.DataAsync("mutation($c: ID!, $t: String!) { createOpportunity(input: { customerId: $c, title: $t, amount: 1000 }) { opportunity { id } } }",
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
        Assert.True(counts[10] <= 8, $"{counts[10]} statements: the access grant, then one per level (opportunities, customers, reps, orders with lines) is expected");
    }
}

public sealed class NestedQueryOnSqlite() : NestedQueryTests(TestProvider.Sqlite);

public sealed class NestedQueryOnPostgres() : NestedQueryTests(TestProvider.Postgres);
