using Microsoft.Data.Sqlite;
using Npgsql;

namespace SalesSuite.Testing;

public enum TestProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A throw-away database for one test class: a temporary SQLite file, or a new database on the PostgreSQL server
/// that <c>pg_virtualenv</c> started (PGHOST, PGPORT, PGUSER, PGPASSWORD). Without a server, PostgreSQL tests fail.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _file;
    private readonly string? _adminConnection;

    private TestDatabase(TestProvider provider, string connectionString, string name, string? file, string? adminConnection)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Name = name;
        _file = file;
        _adminConnection = adminConnection;
    }

    public TestProvider Provider { get; }

    public string ConnectionString { get; }

    public string Name { get; }

    public string ProviderName => Provider == TestProvider.Sqlite ? "Sqlite" : "Postgres";

    public static async Task<TestDatabase> CreateAsync(TestProvider provider)
    {
        var name = "ss_test_" + Guid.NewGuid().ToString("N")[..12];
        if (provider == TestProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), "salessuite-tests", name + ".db");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            return new TestDatabase(provider, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString(), name, file, null);
        }

        var admin = PostgresServer.AdminConnectionString();
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var csb = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, csb.ToString(), name, null, admin);
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                try
                {
                    File.Delete(_file + suffix);
                }
                catch (IOException)
                {
                }
            }
        }

        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

public static class PostgresServer
{
    /// <summary>The server from the PG* environment variables; a clear failure when there is none.</summary>
    public static string AdminConnectionString()
    {
        var host = Environment.GetEnvironmentVariable("PGHOST");
        if (string.IsNullOrEmpty(host))
        {
            throw new InvalidOperationException(
                "PostgreSQL tests need a server and found none (PGHOST is not set). Run the suite with ./test.sh, " +
                "which starts a throw-away cluster with pg_virtualenv.");
        }

        var csb = new NpgsqlConnectionStringBuilder
        {
            Host = host,
            Port = int.TryParse(Environment.GetEnvironmentVariable("PGPORT"), out var port) ? port : 5432,
            Username = Environment.GetEnvironmentVariable("PGUSER") ?? "postgres",
            Password = Environment.GetEnvironmentVariable("PGPASSWORD"),
            Database = Environment.GetEnvironmentVariable("PGDATABASE") ?? "postgres",
            Pooling = true,
            MaxPoolSize = 20,
        };
        return csb.ToString();
    }
}
