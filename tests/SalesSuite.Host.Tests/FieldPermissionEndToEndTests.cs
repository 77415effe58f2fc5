using System.Net;
using System.Text.Json.Nodes;
using SalesSuite.Testing;
using Xunit.Abstractions;

namespace SalesSuite.Host.Tests;

/// <summary>
/// Issue 17's field permissions, decimal strings and access explanation on the real host process (the README's command, the real
/// clock, development tokens from the <c>dev-token</c> command), over HTTP only: a tenant admin defines a role denying
/// Opportunity.amount and assigns it; the user holding it gets the rest of the response.
/// </summary>
public abstract class FieldPermissionEndToEndTests(TestProvider provider, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "salessuite-fields-" + Guid.NewGuid().ToString("N")[..8]);
    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync()
    {
        await _database!.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_user_assigned_a_role_denying_the_amount_gets_the_rest_of_the_response_over_HTTP()
    {
        var settings = new HostSettings(_database!, Path.Combine(_folder, "data"), new Dictionary<string, string> { ["Seed:DemoHistory"] = "false" });
        await using var host = await HostProcess.StartAsync(settings);
        try
        {
            var admin = host.As(await DevTokenAsync(settings, "admin", "admin"));
            // erin's token carries a role the tenant does not define: her access comes from the role assigned to her.
            var erin = host.As(await DevTokenAsync(settings, "erin", "guest"));

            await admin.DataAsync("""
                mutation { defineRole(input: { name: "no-amounts", permissions: ["customers.read", "opportunities.read"], scope: TENANT,
                  deniedFields: ["Opportunity.amount"] }) { role { name } } }
                """);
            await admin.DataAsync("mutation { assignRole(input: { userId: \"erin\", role: \"no-amounts\" }) { roles } }");
            var customer = (await admin.DataAsync("{ customers(first: 1) { nodes { id } } }"))["customers"]!["nodes"]![0]!["id"]!.GetValue<string>();
            var created = (await admin.DataAsync(
                "mutation($c: ID!, $a: Decimal) { createOpportunity(input: { customerId: $c, title: \"Exact deal\", amount: $a, probability: 40 }) { " +
                "opportunity { id amount weightedAmount } } }",
                new JsonObject { ["c"] = customer, ["a"] = "12345.67" }))["createOpportunity"]!["opportunity"]!;
            Assert.Equal(12345.67m, created["amount"]!.GetValue<decimal>());
            Assert.Equal(4938.268m, created["weightedAmount"]!.GetValue<decimal>());
            var id = created["id"]!.GetValue<string>();

            var listed = await erin.PostAsync("{ opportunities(first: 2) { nodes { id title amount weightedAmount } } myAccess { scope deniedFields } }");
            output.WriteLine(listed.Body);
            Assert.Equal(HttpStatusCode.OK, listed.Status);
            Assert.Equal("TENANT", listed.Data!["myAccess"]!["scope"]!.GetValue<string>());
            var nodes = listed.Data["opportunities"]!["nodes"]!.AsArray();
            Assert.Equal(2, nodes.Count);
            Assert.All(nodes, n => Assert.Null(n!["amount"]));
            Assert.All(nodes, n => Assert.Null(n!["weightedAmount"]));
            Assert.All(nodes, n => Assert.NotNull(n!["title"]));
            Assert.Equal(4, listed.Errors.Count);
            Assert.All(listed.ErrorCodes, code => Assert.Equal("FORBIDDEN", code));

            var single = await erin.PostAsync("query($id: ID!) { node(id: $id) { ... on Opportunity { title amount } } }", new { id });
            Assert.Equal("Exact deal", single.Data!["node"]!["title"]!.GetValue<string>());
            Assert.Null(single.Data["node"]!["amount"]);
            Assert.Equal("FORBIDDEN", Assert.Single(single.ErrorCodes));

            var explained = (await admin.DataAsync("query($id: ID!) { accessExplanation(userId: \"erin\", recordId: $id) { allowed roles tokenRoles } }",
                new { id }))["accessExplanation"]!;
            Assert.True(explained["allowed"]!.GetValue<bool>());
            Assert.Equal(["no-amounts"], explained["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
            Assert.Equal(["guest"], explained["tokenRoles"]!.AsArray().Select(r => r!.GetValue<string>()));

            await host.StopAsync();
            Assert.DoesNotContain("Unhandled exception", host.Output, StringComparison.Ordinal);
        }
        catch
        {
            output.WriteLine(host.Output);
            throw;
        }
    }

    private static async Task<string> DevTokenAsync(HostSettings settings, string user, string role)
    {
        var (exitCode, text) = await HostProcess.RunCommandAsync(settings, "dev-token", "--tenant", "demo", "--user", user, "--role", role);
        Assert.True(exitCode == 0, text);
        return text.Trim().Split('\n').Last().Trim();
    }
}

[Collection(HostProcesses.Name)]
public sealed class FieldPermissionEndToEndOnSqlite(ITestOutputHelper output) : FieldPermissionEndToEndTests(TestProvider.Sqlite, output);

[Collection(HostProcesses.Name)]
public sealed class FieldPermissionEndToEndOnPostgres(ITestOutputHelper output) : FieldPermissionEndToEndTests(TestProvider.Postgres, output);
