using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit;

namespace SalesSuite.Testing;

/// <summary>A fresh database and a running host for every test (xunit makes a new instance per test).</summary>
public abstract class FreshAppTests(TestProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private SalesSuiteApp? _app;

    protected SalesSuiteApp App => _app!;

    protected TestDatabase Database => _database!;

    protected TestProvider Provider => provider;

    /// <summary>Configuration on top of the test defaults (e.g. a tenant's time zone), for tests that need it.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _app = new SalesSuiteApp(_database, Settings);
        _ = _app.Server;
    }

    public async Task DisposeAsync()
    {
        await _app!.DisposeAsync();
        await _database!.DisposeAsync();
    }

    /// <summary>Runs SQL on the database directly, past the application (to tamper with or inspect stored rows).</summary>
    protected async Task<int> ExecuteSqlAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Reads one value straight from the database, as it is stored.</summary>
    protected async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = provider == TestProvider.Sqlite
            ? new SqliteConnection(Database.ConnectionString)
            : new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
