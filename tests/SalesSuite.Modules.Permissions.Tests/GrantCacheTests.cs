using SalesSuite.Testing;

namespace SalesSuite.Modules.Permissions.Tests;

/// <summary>
/// A user's roles are resolved once and kept for a few seconds: repeated requests query no roles, a change of roles or
/// assignments takes effect at the next request, and a team scope's owners are always current.
/// </summary>
public abstract class GrantCacheTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string Customers = "{ customers(first: 1) { totalCount } }";

    [Fact]
    public async Task Repeated_requests_query_no_roles_until_the_roles_change_or_five_seconds_pass()
    {
        var zoe = App.As("demo", "zoe", "readonly");
        await zoe.DataAsync(Customers);

        App.Sql.Clear();
        await zoe.DataAsync(Customers);
        Assert.DoesNotContain(App.Sql.Commands, RoleQuery);
        Assert.Contains(App.Sql.Commands, c => c.Contains("customers", StringComparison.OrdinalIgnoreCase)); // the request itself ran

        // A role the user's token does not carry, assigned in SalesSuite: the next request has it.
        var admin = App.As("demo");
        Assert.Equal("FORBIDDEN", (await zoe.PostAsync("""mutation { createCustomer(input: { name: "Zoe's" }) { customer { id } } }""")).FirstErrorCode);
        await admin.DataAsync("mutation { assignRole(input: { userId: \"zoe\", role: \"admin\" }) { roles } }");
        App.Sql.Clear();
        var created = await zoe.DataAsync("""mutation { createCustomer(input: { name: "Zoe's" }) { customer { name } } }""");
        Assert.Equal("Zoe's", created["createCustomer"]!["customer"]!["name"]!.GetValue<string>());
        Assert.Contains(App.Sql.Commands, RoleQuery);

        // A changed role definition too: readonly loses what it could read.
        await admin.DataAsync("mutation { revokeRole(input: { userId: \"zoe\", role: \"admin\" }) { roles } }");
        await admin.DataAsync("""mutation { defineRole(input: { name: "readonly", permissions: ["opportunities.read"], scope: TENANT }) { role { name } } }""");
        Assert.Equal("FORBIDDEN", (await zoe.PostAsync(Customers)).FirstErrorCode);

        // Kept for five seconds at most.
        App.Sql.Clear();
        await zoe.PostAsync(Customers);
        Assert.DoesNotContain(App.Sql.Commands, RoleQuery);
        App.Clock.Advance(TimeSpan.FromSeconds(5));
        await zoe.PostAsync(Customers);
        Assert.Contains(App.Sql.Commands, RoleQuery);
    }

    [Fact]
    public async Task A_team_scope_follows_the_org_chart_at_once_while_the_roles_are_kept()
    {
        // carol (manager, TEAM scope) manages alice and bob in the demo org; dave reports to admin.
        var carol = App.As("demo", "carol", "manager");
        var before = await carol.DataAsync("{ customers { totalCount } }");
        Assert.Equal(45, before["customers"]!["totalCount"]!.GetValue<int>());

        var moved = await App.As("demo")
            .DataAsync("""mutation { moveSalesRep(input: { userId: "bob", managerUserId: "admin" }) { salesRep { managerUserId } } }""");
        Assert.Equal("admin", moved["moveSalesRep"]!["salesRep"]!["managerUserId"]!.GetValue<string>());

        var after = await carol.DataAsync("{ customers { totalCount } }");
        Assert.Equal(30, after["customers"]!["totalCount"]!.GetValue<int>());
    }

    private static bool RoleQuery(string sql) =>
        sql.Contains("permissions_UserRoles", StringComparison.Ordinal) || sql.Contains("\"UserRoles\"", StringComparison.Ordinal);
}

public sealed class GrantCacheOnSqlite() : GrantCacheTests(TestProvider.Sqlite);

public sealed class GrantCacheOnPostgres() : GrantCacheTests(TestProvider.Postgres);
