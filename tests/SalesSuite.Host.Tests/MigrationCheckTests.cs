using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>
/// Start-up compares each module's migration history with the migrations it ships over a plain connection (no EF model
/// is built for it): a current module is left alone, one whose history is missing a migration or has no history table
/// is migrated before the first request.
/// </summary>
public abstract class MigrationCheckTests(TestProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await _database!.DisposeAsync();

    [Fact]
    public async Task A_module_whose_tables_and_history_are_gone_is_created_again_at_the_next_start_and_the_others_keep_their_rows()
    {
        string customerId;
        await using (var app = new SalesSuiteApp(_database!))
        {
            var created = await app.As("demo").DataAsync(
                """mutation { createCustomer(input: { name: "Kept across starts", kind: COMPANY }) { customer { id } } }""");
            customerId = created["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
            Assert.True(await TeamCountAsync(app) > 0);
        }

        var historyRows = await ScalarAsync(History("team"));
        Assert.True(historyRows >= 1, $"the Team module's history has {historyRows} rows");
        await DropTeamModuleAsync();

        await using (var app = new SalesSuiteApp(_database!))
        {
            // The Team module was migrated (and seeded) again; Customers was current and kept its row.
            Assert.True(await TeamCountAsync(app) > 0);
            Assert.Equal(historyRows, await ScalarAsync(History("team")));
            var customer = await app.As("demo").DataAsync($$"""{ node(id: "{{customerId}}") { ... on Customer { name } } }""");
            Assert.Equal("Kept across starts", customer["node"]!["name"]!.GetValue<string>());
        }

        // Extra rows in a history (a migration of a newer version, say) do not make a module look behind.
        await ExecuteAsync(provider == TestProvider.Sqlite
            ? "INSERT INTO __migrations_team (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '10.0.0')"
            : "INSERT INTO team.__migrations_team (\"MigrationId\", \"ProductVersion\") VALUES ('29991231000000_FromTheFuture', '10.0.0')");
        await using (var app = new SalesSuiteApp(_database!))
        {
            Assert.True(await TeamCountAsync(app) > 0);
            Assert.Equal(historyRows + 1, await ScalarAsync(History("team")));
        }

        // A history that knows none of the shipped migrations (a database of a development build from before they were
        // squashed) stops the start with a message that says so and what to do, instead of failing to create tables.
        await ExecuteAsync(provider == TestProvider.Sqlite
            ? "DELETE FROM __migrations_team; INSERT INTO __migrations_team (MigrationId, ProductVersion) VALUES ('20261125172308_Initial', '10.0.0')"
            : "DELETE FROM team.__migrations_team; INSERT INTO team.__migrations_team (\"MigrationId\", \"ProductVersion\") VALUES " +
                "('20261125172308_Initial', '10.0.0')");
        var folder = Path.Combine(Path.GetTempPath(), "salessuite-migrate-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = await HostProcess.RunCommandWithStreamsAsync(new HostSettings(_database!, folder), "migrate");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Team tables were made by a development build", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("delete the data folder", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal); // one line, no stack trace
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> TeamCountAsync(SalesSuiteApp app) =>
        (await app.As("demo").DataAsync("{ teams { totalCount } }"))["teams"]!["totalCount"]!.GetValue<int>();

    private string History(string module) => provider == TestProvider.Sqlite
        ? $"SELECT count(*) FROM __migrations_{module}"
        : $"SELECT count(*) FROM {module}.__migrations_{module}";

    private async Task DropTeamModuleAsync()
    {
        if (provider == TestProvider.Postgres)
        {
            await ExecuteAsync("DROP SCHEMA team CASCADE");
            return;
        }

        await using var connection = Connection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'team\\_%' ESCAPE '\\' OR name = '__migrations_team')";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("__migrations_team", tables);
        Assert.True(tables.Count > 1, "the Team module has tables besides its history");
        await using var drop = connection.CreateCommand();
        drop.CommandText = "PRAGMA foreign_keys = OFF; " + string.Concat(tables.Select(t => $"DROP TABLE \"{t}\"; "));
        await drop.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = Connection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = Connection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private DbConnection Connection() => provider == TestProvider.Sqlite
        ? new SqliteConnection(_database!.ConnectionString)
        : new NpgsqlConnection(_database!.ConnectionString);
}

public sealed class MigrationCheckOnSqlite() : MigrationCheckTests(TestProvider.Sqlite);

public sealed class MigrationCheckOnPostgres() : MigrationCheckTests(TestProvider.Postgres);
