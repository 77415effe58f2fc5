using System.Text.Json.Nodes;
using SalesSuite.Testing;
using Xunit.Abstractions;

namespace SalesSuite.Modules.Permissions.Tests;

/// <summary>
/// accessExplanation tells the truth for users whose roles come from their token (every development token, an identity
/// provider's role claims): for each seeded user and records they can and cannot read, its <c>allowed</c> is whether
/// <c>node(id:)</c> returns the record to that user.
/// </summary>
public abstract class AccessExplanationTests(AppFixture fixture, ITestOutputHelper output)
{
    /// <summary>The demo tenant's seeded users and the roles of their development tokens (none is assigned a role in SalesSuite).</summary>
    public static TheoryData<string, string> SeededUsers => new()
    {
        { "admin", "admin" },
        { "carol", "manager" },
        { "alice", "rep" },
        { "bob", "rep" },
        { "dave", "rep" },
    };

    private SalesSuiteApp App => fixture.App;

    private GraphQLClient Admin => App.As("demo", "admin", "admin");

    [Theory]
    [MemberData(nameof(SeededUsers))]
    public async Task Allowed_equals_whether_node_returns_the_record_to_the_user(string user, string role)
    {
        var records = await SampleAsync();
        var client = App.As("demo", user, role);
        var visible = new Dictionary<string, bool>();
        foreach (var (label, id) in records)
        {
            visible[label] = (await client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id }))["node"] is not null;
        }

        var mismatches = new List<string>();
        foreach (var (label, id) in records)
        {
            var explained = (await Admin.DataAsync(
                "query($u: String!, $id: ID!) { accessExplanation(userId: $u, recordId: $id) { allowed reason roles tokenRoles tokenRolesSince } }",
                new { u = user, id }))["accessExplanation"]!;
            output.WriteLine($"{user} ({role}) {label}: node {(visible[label] ? "returns it" : "is null")}; {explained.ToJsonString()}");
            if (explained["allowed"]!.GetValue<bool>() != visible[label])
            {
                mismatches.Add($"{label}: allowed {explained["allowed"]} but node(id:) {(visible[label] ? "returns it" : "is null")} ({explained["reason"]})");
            }

            Assert.Equal([role], explained["tokenRoles"]!.AsArray().Select(r => r!.GetValue<string>()));
            Assert.Contains(role, explained["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
            Assert.NotNull(explained["tokenRolesSince"]);
        }

        Assert.Empty(mismatches);
        // The sample is a real test of both answers: each user can read some of it and (but the admin) not all of it.
        Assert.Contains(true, visible.Values);
        if (user != "admin")
        {
            Assert.Contains(false, visible.Values);
        }
    }

    [Fact]
    public async Task A_user_who_sent_no_request_is_explained_by_assigned_roles_or_by_the_roles_given()
    {
        var records = await SampleAsync();
        var (_, alicesCustomer) = records.First(r => r.Label == "customer of alice");
        const string Query = "query($u: String!, $id: ID!, $r: [String!]) { accessExplanation(userId: $u, recordId: $id, roles: $r) { allowed reason " +
            "tokenRoles tokenRolesSince } }";

        var unseen = (await Admin.DataAsync(Query, new { u = "newcomer", id = alicesCustomer, r = (string[]?)null }))["accessExplanation"]!;
        Assert.False(unseen["allowed"]!.GetValue<bool>());
        Assert.Contains("has not sent a request", unseen["reason"]!.GetValue<string>());
        Assert.Empty(unseen["tokenRoles"]!.AsArray());

        var given = (await Admin.DataAsync(Query, new { u = "newcomer", id = alicesCustomer, r = new[] { "readonly" } }))["accessExplanation"]!;
        Assert.True(given["allowed"]!.GetValue<bool>());
        Assert.Equal(["readonly"], given["tokenRoles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Null(given["tokenRolesSince"]);

        // Roles change with the user's next token: the explanation follows them.
        await App.As("demo", "newcomer", "rep").DataAsync("{ myAccess { scope } }");
        var asRep = (await Admin.DataAsync(Query, new { u = "newcomer", id = alicesCustomer, r = (string[]?)null }))["accessExplanation"]!;
        Assert.False(asRep["allowed"]!.GetValue<bool>());
        Assert.Equal(["rep"], asRep["tokenRoles"]!.AsArray().Select(r => r!.GetValue<string>()));
        await App.As("demo", "newcomer", "readonly").DataAsync("{ myAccess { scope } }");
        var asReadonly = (await Admin.DataAsync(Query, new { u = "newcomer", id = alicesCustomer, r = (string[]?)null }))["accessExplanation"]!;
        Assert.True(asReadonly["allowed"]!.GetValue<bool>());
        Assert.Equal(["readonly"], asReadonly["tokenRoles"]!.AsArray().Select(r => r!.GetValue<string>()));

        var blankRole = await Admin.PostAsync(Query, new { u = "newcomer", id = alicesCustomer, r = new[] { "" } });
        Assert.Equal("VALIDATION", blankRole.FirstErrorCode);
    }

    /// <summary>The demo seed (without its history) has no orders and no products: one product, and an order of alice's and of carol's, once per
    /// fixture.</summary>
    private async Task EnsureOrdersAndProductAsync()
    {
        if ((await Admin.DataAsync("{ orders { totalCount } }"))["orders"]!["totalCount"]!.GetValue<int>() > 0)
        {
            return;
        }

        await Admin.DataAsync("mutation { defineProduct(input: { sku: \"SAMPLE-1\", name: \"Sample\", unitPrice: 10 }) { product { id } } }");
        foreach (var owner in new[] { "alice", "carol" })
        {
            var customer = (await Admin.DataAsync("query($o: String) { customers(first: 1, where: { ownerId: { eq: $o } }) { nodes { id } } }",
                new { o = owner }))
                ["customers"]!["nodes"]![0]!["id"]!.GetValue<string>();
            await Admin.DataAsync(
                "mutation($c: ID!, $o: String) { createOrder(input: { customerId: $c, ownerId: $o, lines: [{ description: \"Sample\", quantity: 1, " +
                "unitPrice: 10 }] }) { order { id } } }",
                new { c = customer, o = owner });
        }
    }

    /// <summary>Records of every owner and of types without an owner: a customer, an opportunity and an order of each seeded owner, a stage, a
    /// product.</summary>
    private async Task<List<(string Label, string Id)>> SampleAsync()
    {
        await EnsureOrdersAndProductAsync();
        var records = new List<(string, string)>();
        foreach (var owner in new[] { "admin", "alice", "bob", "carol", "dave" })
        {
            var data = await Admin.DataAsync("""
                query($o: String) {
                  customers(first: 1, where: { ownerId: { eq: $o } }) { nodes { id } }
                  opportunities(first: 1, where: { ownerId: { eq: $o } }) { nodes { id } }
                  orders(first: 1, where: { ownerId: { eq: $o } }) { nodes { id } }
                }
                """, new { o = owner });
            foreach (var list in new[] { "customers", "opportunities", "orders" })
            {
                if (data[list]!["nodes"]!.AsArray().FirstOrDefault() is JsonNode node)
                {
                    records.Add(($"{list.TrimEnd('s').Replace("opportunitie", "opportunity", StringComparison.Ordinal)} of {owner}",
                        node["id"]!.GetValue<string>()));
                }
            }
        }

        var shared = await Admin.DataAsync("{ pipelineStages(first: 1) { nodes { id } } products(first: 1) { nodes { id } } }");
        records.Add(("pipeline stage", shared["pipelineStages"]!["nodes"]![0]!["id"]!.GetValue<string>()));
        records.Add(("product", shared["products"]!["nodes"]![0]!["id"]!.GetValue<string>()));
        Assert.True(records.Count >= 10, $"the demo seed gave only {records.Count} sample records");
        return records;
    }
}

public sealed class AccessExplanationOnSqlite(SqliteAppFixture fixture, ITestOutputHelper output)
    : AccessExplanationTests(fixture, output), IClassFixture<SqliteAppFixture>;

public sealed class AccessExplanationOnPostgres(PostgresAppFixture fixture, ITestOutputHelper output)
    : AccessExplanationTests(fixture, output), IClassFixture<PostgresAppFixture>;
