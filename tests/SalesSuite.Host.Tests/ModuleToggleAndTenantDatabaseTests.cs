using Microsoft.Data.Sqlite;
using Npgsql;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>Per-tenant configuration: a module switched off for one tenant, and a tenant with a database of its own.</summary>
public abstract class TenantConfigurationTests(TestProvider provider) : IAsyncLifetime
{
    private TestDatabase? _shared;
    private TestDatabase? _own;

    protected TestDatabase Shared => _shared!;

    protected TestDatabase Own => _own!;

    public async Task InitializeAsync()
    {
        _shared = await TestDatabase.CreateAsync(provider);
        _own = await TestDatabase.CreateAsync(provider);
    }

    public async Task DisposeAsync()
    {
        await _shared!.DisposeAsync();
        await _own!.DisposeAsync();
    }

    private SalesSuiteApp CreateApp(bool customersOffForAcme)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Tenancy:Tenants:2:Id"] = "solo",
            ["Tenancy:Tenants:2:Name"] = "Solo Ltd",
            ["Tenancy:Tenants:2:ConnectionString"] = Own.ConnectionString,
            ["Tenancy:Tenants:2:Provider"] = Own.ProviderName,
        };
        if (customersOffForAcme)
        {
            settings["Tenancy:Tenants:1:DisabledModules:0"] = "Customers";
        }

        return new SalesSuiteApp(Shared, settings);
    }

    [Fact]
    public async Task A_module_disabled_for_a_tenant_answers_it_with_an_error_and_keeps_its_data()
    {
        string acmeId;
        await using (var app = CreateApp(customersOffForAcme: true))
        {
            var acme = app.As("acme");
            var refused = await acme.PostAsync("{ customers { totalCount } }");
            Assert.Equal("MODULE_DISABLED", refused.FirstErrorCode);
            Assert.Null(refused.Data);
            var mutation = await acme.PostAsync("mutation { createCustomer(input: { name: \"Should not exist\" }) { customer { id } } }");
            Assert.Equal("MODULE_DISABLED", mutation.FirstErrorCode);

            var modules = await acme.DataAsync("{ modules { name enabled } }");
            Assert.Contains(modules["modules"]!.AsArray(), m => m!["name"]!.GetValue<string>() == "Customers" && !m["enabled"]!.GetValue<bool>());

            var demo = await app.As("demo").DataAsync("{ customers { totalCount } modules { name enabled } }");
            Assert.True(demo["customers"]!["totalCount"]!.GetValue<int>() >= 60);
            Assert.All(demo["modules"]!.AsArray(), m => Assert.True(m!["enabled"]!.GetValue<bool>()));
        }

        await using (var app = CreateApp(customersOffForAcme: false))
        {
            var back = await app.As("acme").DataAsync("{ customers { totalCount nodes { id name } } }");
            Assert.Equal(5, back["customers"]!["totalCount"]!.GetValue<int>());
            acmeId = back["customers"]!["nodes"]![0]!["id"]!.GetValue<string>();
        }

        await using (var app = CreateApp(customersOffForAcme: true))
        {
            var node = await app.As("acme").PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = acmeId });
            Assert.Equal("MODULE_DISABLED", node.FirstErrorCode);
        }
    }

    [Fact]
    public async Task A_tenant_with_its_own_database_keeps_its_rows_there()
    {
        await using var app = CreateApp(customersOffForAcme: false);
        var solo = app.As("solo");

        await solo.DataAsync("mutation { createCustomer(input: { name: \"Solo Customer\" }) { customer { id } } }");
        var list = await solo.DataAsync("{ customers { totalCount nodes { name } } }");

        Assert.Equal(1, list["customers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, await CountRowsAsync(Own, "solo"));
        Assert.Equal(0, await CountRowsAsync(Shared, "solo"));
        Assert.Equal(0, await CountRowsAsync(Own, "demo"));
        Assert.True(await CountRowsAsync(Shared, "demo") >= 60);
    }

    private static async Task<long> CountRowsAsync(TestDatabase database, string tenant)
    {
        if (database.Provider == TestProvider.Sqlite)
        {
            await using var sqlite = new SqliteConnection(database.ConnectionString);
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM customers_Customers WHERE TenantId = $t";
            command.Parameters.AddWithValue("$t", tenant);
            return (long)(await command.ExecuteScalarAsync())!;
        }

        await using var pg = new NpgsqlConnection(database.ConnectionString);
        await pg.OpenAsync();
        await using var pgCommand = new NpgsqlCommand("SELECT COUNT(*) FROM customers.\"Customers\" WHERE \"TenantId\" = @t", pg);
        pgCommand.Parameters.AddWithValue("t", tenant);
        return (long)(await pgCommand.ExecuteScalarAsync())!;
    }
}

public sealed class TenantConfigurationOnSqlite() : TenantConfigurationTests(TestProvider.Sqlite);

public sealed class TenantConfigurationOnPostgres() : TenantConfigurationTests(TestProvider.Postgres);
