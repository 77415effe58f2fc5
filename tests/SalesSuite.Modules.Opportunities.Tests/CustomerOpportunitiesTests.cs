using System.Text.Json.Nodes;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Opportunities.Tests;

/// <summary>
/// <c>Customer.opportunities</c> is a connection: each customer's own page (first/after, where, order, totalCount),
/// within the caller's record scope, loaded for every customer of a list in a fixed number of SQL statements.
/// </summary>
public abstract class CustomerOpportunitiesTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string PagedQuery = """
        query($after: String, $where: OpportunityFilterInput, $order: [OpportunitySortInput!]) {
          customers(where: { name: { startsWith: "Paged" } }, order: [{ name: ASC }]) { nodes { name
            opportunities(first: 2, after: $after, where: $where, order: $order) {
              totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor } nodes { title } } } } }
        """;

    private GraphQLClient Alice => App.As("demo", "alice", "rep");

    private GraphQLClient Admin => App.As("demo");

    [Fact]
    public async Task A_rep_sees_only_her_own_opportunities_under_a_customer_and_her_manager_those_of_his_team()
    {
        var customer = await CustomerAsync(Alice, "Shared Account");
        foreach (var title in new[] { "Alice one", "Alice two", "Alice three" })
        {
            await OpportunityAsync(Alice, customer, title);
        }

        await OpportunityAsync(Admin, customer, "Dave one", owner: "dave");
        await OpportunityAsync(Admin, customer, "Dave two", owner: "dave");
        await OpportunityAsync(Admin, customer, "Bob one", owner: "bob");

        const string Query = """
            query($id: ID!) { customer(id: $id) { opportunities(first: 10, order: [{ title: ASC }]) { totalCount nodes { title ownerId } } } }
            """;
        var alice = (await Alice.DataAsync(Query, new { id = customer }))["customer"]!["opportunities"]!;
        Assert.Equal(3, alice["totalCount"]!.GetValue<int>());
        Assert.Equal(["Alice one", "Alice three", "Alice two"], Titles(alice));
        Assert.All(alice["nodes"]!.AsArray(), n => Assert.Equal("alice", n!["ownerId"]!.GetValue<string>()));

        var carol = (await App.As("demo", "carol", "manager").DataAsync(Query, new { id = customer }))["customer"]!["opportunities"]!;
        Assert.Equal(4, carol["totalCount"]!.GetValue<int>());
        Assert.Equal(["Alice one", "Alice three", "Alice two", "Bob one"], Titles(carol));

        var admin = (await Admin.DataAsync(Query, new { id = customer }))["customer"]!["opportunities"]!;
        Assert.Equal(6, admin["totalCount"]!.GetValue<int>());

        // The same through a list of customers, and a filter cannot reach past the scope either.
        var listed = await Alice.DataAsync("""
            { customers(where: { name: { eq: "Shared Account" } }) { nodes {
                all: opportunities { totalCount nodes { ownerId } }
                daves: opportunities(where: { ownerId: { eq: "dave" } }) { totalCount nodes { title } } } } }
            """);
        var node = Assert.Single(listed["customers"]!["nodes"]!.AsArray())!;
        Assert.Equal(3, node["all"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, node["daves"]!["totalCount"]!.GetValue<int>());
        Assert.Empty(node["daves"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task Each_customer_pages_through_its_own_opportunities_with_where_and_order()
    {
        var a = await CustomerAsync(Alice, "Paged A");
        var b = await CustomerAsync(Alice, "Paged B");
        await CustomerAsync(Alice, "Paged C");
        var ids = new Dictionary<string, string>();
        foreach (var (customer, title, amount) in new[] { (a, "A1", 300m), (b, "B1", 50m), (a, "A2", 100m), (a, "A3", 500m), (b, "B2", 70m), (a, "A4", 200m),
            (b, "B3", 60m), (a, "A5", 400m) })
        {
            App.Clock.Advance(TimeSpan.FromMinutes(5));
            ids[title] = await OpportunityAsync(Alice, customer, title, amount);
        }

        // By title, two at a time: every customer gets its own window of the same cursors.
        var byTitle = new { order = new[] { new { title = "ASC" } } };
        var first = await PagesAsync(byTitle);
        Assert.Equal("5 [A1 A2] next", Page(first["Paged A"]));
        Assert.Equal("3 [B1 B2] next", Page(first["Paged B"]));
        Assert.Equal("0 []", Page(first["Paged C"]));
        var after = first["Paged A"]["pageInfo"]!["endCursor"]!.GetValue<string>();
        Assert.Equal(after, first["Paged B"]["pageInfo"]!["endCursor"]!.GetValue<string>());
        Assert.Equal(after, first["Paged A"]["edges"]![1]!["cursor"]!.GetValue<string>());
        Assert.Null(first["Paged C"]["pageInfo"]!["endCursor"]);

        var second = await PagesAsync(new { after, byTitle.order });
        Assert.Equal("5 [A3 A4] previous next", Page(second["Paged A"]));
        Assert.Equal("3 [B3] previous", Page(second["Paged B"]));
        var third = await PagesAsync(new { after = second["Paged A"]["pageInfo"]!["endCursor"]!.GetValue<string>(), byTitle.order });
        Assert.Equal("5 [A5] previous", Page(third["Paged A"]));
        Assert.Equal("3 [] previous", Page(third["Paged B"]));

        // Newest first without an order; by amount descending; by title descending.
        var newest = await PagesAsync(new { });
        Assert.Equal(["A5", "A4"], Titles(newest["Paged A"]));
        Assert.Equal(["B3", "B2"], Titles(newest["Paged B"]));
        var byAmount = await PagesAsync(new { order = new[] { new { amount = "DESC" } } });
        Assert.Equal(["A3", "A5"], Titles(byAmount["Paged A"]));
        Assert.Equal(["B2", "B3"], Titles(byAmount["Paged B"]));
        var byTitleDesc = await PagesAsync(new { order = new[] { new { title = "DESC" } } });
        Assert.Equal(["A5", "A4"], Titles(byTitleDesc["Paged A"]));

        // Filters: by title, and by status after one deal is lost.
        var some = await PagesAsync(new { where = new { title = new { @in = new[] { "A1", "A3", "A4", "B2" } } }, byTitle.order });
        Assert.Equal("3 [A1 A3] next", Page(some["Paged A"]));
        Assert.Equal("1 [B2]", Page(some["Paged B"]));
        var lostStage = (await Alice.DataAsync("{ pipelineStages(where: { kind: { eq: LOST } }) { nodes { id } } }"))
            ["pipelineStages"]!["nodes"]![0]!["id"]!.GetValue<string>();
        await Alice.DataAsync(
            "mutation($id: ID!, $s: ID!) { moveOpportunityStage(input: { id: $id, stageId: $s, reason: \"Budget\" }) { opportunity { status } } }",
            new { id = ids["A4"], s = lostStage });
        var lost = await PagesAsync(new { where = new { status = new { eq = "LOST" } } });
        Assert.Equal("1 [A4]", Page(lost["Paged A"]));
        Assert.Equal("0 []", Page(lost["Paged B"]));
        var open = await PagesAsync(new { where = new { status = new { neq = "LOST" } }, byTitle.order });
        Assert.Equal("4 [A1 A2] next", Page(open["Paged A"]));

        // Two selections of the field with different arguments in one request each get their own pages.
        var aliased = await Alice.DataAsync("""
            { customers(where: { name: { startsWith: "Paged" } }, order: [{ name: ASC }]) { nodes { name
                top: opportunities(first: 1, order: [{ amount: DESC }]) { nodes { title } }
                bottom: opportunities(first: 3, order: [{ amount: ASC }]) { totalCount nodes { title } } } } }
            """);
        var pagedA = aliased["customers"]!["nodes"]![0]!;
        Assert.Equal(["A3"], pagedA["top"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()));
        Assert.Equal(["A2", "A4", "A1"], pagedA["bottom"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()));
        Assert.Equal(5, pagedA["bottom"]!["totalCount"]!.GetValue<int>());

        var tooMany = await Alice.PostAsync("{ customers(first: 1) { nodes { opportunities(first: 101) { nodes { title } } } } }");
        Assert.Equal("VALIDATION", tooMany.FirstErrorCode);
        var badCursor = await Alice.PostAsync("{ customers(first: 1) { nodes { opportunities(after: \"nope\") { nodes { title } } } } }");
        Assert.Equal("VALIDATION", badCursor.FirstErrorCode);
    }

    [Fact]
    public async Task A_page_of_20_customers_with_5_opportunities_each_runs_as_many_statements_as_a_page_of_2()
    {
        var expected = new Dictionary<string, List<string>>();
        for (var i = 0; i < 20; i++)
        {
            var name = $"Batch {i:D2}";
            var customer = await CustomerAsync(Alice, name);
            expected[name] = [];
            for (var j = 0; j < (i % 3 == 0 ? 7 : 2); j++)
            {
                App.Clock.Advance(TimeSpan.FromMinutes(1));
                var title = $"Batch {i:D2} deal {j}";
                await OpportunityAsync(Alice, customer, title);
                expected[name].Insert(0, title); // newest first
            }
        }

        const string Query = """
            query($n: Int) { customers(first: $n, where: { name: { startsWith: "Batch" } }, order: [{ name: ASC }]) { nodes { name
              opportunities(first: 5) { totalCount pageInfo { hasNextPage } nodes { title ownerId } } } } }
            """;
        var counts = new Dictionary<int, int>();
        foreach (var size in new[] { 2, 20 })
        {
            App.Sql.Clear();
            var nodes = (await Alice.DataAsync(Query, new { n = size }))["customers"]!["nodes"]!.AsArray();
            counts[size] = App.Sql.Commands.Count;

            Assert.Equal(size, nodes.Count);
            foreach (var node in nodes)
            {
                var all = expected[node!["name"]!.GetValue<string>()];
                var page = node["opportunities"]!;
                Assert.Equal(all.Count, page["totalCount"]!.GetValue<int>());
                Assert.Equal(all.Take(5), Titles(page));
                Assert.Equal(all.Count > 5, page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            }
        }

        Assert.Equal(counts[2], counts[20]);
        Assert.True(counts[20] <= 4,
            $"{counts[20]} statements: the access grant (two), the customers, and one for every customer's count and page of opportunities are expected");
    }

    private async Task<Dictionary<string, JsonNode>> PagesAsync(object variables) =>
        (await Alice.DataAsync(PagedQuery, variables))["customers"]!["nodes"]!.AsArray()
            .ToDictionary(n => n!["name"]!.GetValue<string>(), n => n!["opportunities"]!);

    /// <summary>A page as "total [titles]", followed by "previous" and "next" when the page info says there are more.</summary>
    private static string Page(JsonNode page) =>
        $"{page["totalCount"]!.GetValue<int>()} [{string.Join(" ", Titles(page))}]"
        + (page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? " previous" : "")
        + (page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? " next" : "");

    private static List<string> Titles(JsonNode page) => page["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToList();

    private static async Task<string> CustomerAsync(GraphQLClient client, string name) =>
        (await client.DataAsync("mutation($n: String!) { createCustomer(input: { name: $n }) { customer { id } } }", new { n = name }))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

    private static async Task<string> OpportunityAsync(GraphQLClient client, string customer, string title, decimal amount = 100m, string? owner = null) =>
        (await client.DataAsync(
            "mutation($c: ID!, $t: String!, $a: Decimal, $o: String) { createOpportunity(input: { customerId: $c, title: $t, amount: $a, ownerId: $o }) { " +
            "opportunity { id } } }",
            new { c = customer, t = title, a = amount, o = owner }))["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();
}

public sealed class CustomerOpportunitiesOnSqlite() : CustomerOpportunitiesTests(TestProvider.Sqlite);

public sealed class CustomerOpportunitiesOnPostgres() : CustomerOpportunitiesTests(TestProvider.Postgres);
