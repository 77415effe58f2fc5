using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SalesSuite.SharedKernel.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

public static class DatabaseProviders
{
    public static DatabaseProvider Parse(string? value) => TryParse(value, out var provider)
        ? provider
        : throw new InvalidOperationException($"Unknown database provider '{value}'. Use Sqlite, Postgres or SqlServer.");

    /// <summary>Sqlite (also when empty), Postgres (PostgreSQL, Npgsql) or SqlServer (MSSQL), in any case.</summary>
    public static bool TryParse(string? value, out DatabaseProvider provider)
    {
        DatabaseProvider? found = value?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            "sqlserver" or "mssql" => DatabaseProvider.SqlServer,
            _ => null,
        };
        provider = found ?? default;
        return found is not null;
    }

    /// <summary>
    /// What is wrong with a connection string for the provider (it does not parse, names no server or file, or its
    /// SQLite file is a directory), or null. The answer never repeats the string: it may hold a password.
    /// </summary>
    public static string? ConnectionStringProblem(DatabaseProvider provider, string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return "is empty; set the database's connection string (see docs/operations.md, Database providers).";
        }

        try
        {
            switch (provider)
            {
                case DatabaseProvider.Sqlite:
                    return SqliteFileProblem(new SqliteConnectionStringBuilder(connectionString));
                case DatabaseProvider.Postgres:
                    return string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host)
                        ? "names no Host for PostgreSQL; e.g. Host=db;Database=salessuite;Username=salessuite;Password=..."
                        : null;
                default:
                    return string.IsNullOrWhiteSpace(new SqlConnectionStringBuilder(connectionString).DataSource)
                        ? "names no Server for SQL Server; e.g. Server=db;Database=salessuite;User Id=...;Password=..."
                        : null;
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException or OverflowException)
        {
            return $"is not a valid {provider} connection string: {ex.Message}";
        }
    }

    /// <summary>Where a database is, for messages: the SQLite file, or server and database name; never credentials.</summary>
    public static string Describe(DatabaseProvider provider, string connectionString)
    {
        try
        {
            switch (provider)
            {
                case DatabaseProvider.Sqlite:
                    return "SQLite " + SqlitePath(new SqliteConnectionStringBuilder(connectionString));
                case DatabaseProvider.Postgres:
                    var pg = new NpgsqlConnectionStringBuilder(connectionString);
                    return $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database}";
                default:
                    var ss = new SqlConnectionStringBuilder(connectionString);
                    return $"SQL Server {ss.DataSource}/{ss.InitialCatalog}";
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException or OverflowException)
        {
            return provider.ToString();
        }
    }

    private static string? SqliteFileProblem(SqliteConnectionStringBuilder csb)
    {
        if (string.IsNullOrWhiteSpace(csb.DataSource))
        {
            return "names no Data Source (the database file); e.g. Data Source=data/salessuite.db.";
        }

        if (IsInMemoryOrUri(csb))
        {
            return null;
        }

        var full = SqlitePath(csb);
        if (Directory.Exists(full))
        {
            return $"its Data Source '{full}' is a directory; name a database file, e.g. Data Source={Path.Combine(full, "salessuite.db")}.";
        }

        for (var folder = Path.GetDirectoryName(full); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                return $"the folder of its Data Source, '{folder}', is a file; name a database file in a folder.";
            }
        }

        return null;
    }

    /// <summary>A relative Data Source is relative to the current directory (as <see cref="DbContextOptionsCache"/> opens it).</summary>
    private static string SqlitePath(SqliteConnectionStringBuilder csb) =>
        IsInMemoryOrUri(csb) ? csb.DataSource : Path.GetFullPath(csb.DataSource);

    private static bool IsInMemoryOrUri(SqliteConnectionStringBuilder csb) =>
        csb.DataSource == ":memory:" || csb.Mode == SqliteOpenMode.Memory || csb.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);

    public static DatabaseProvider FromEfProviderName(string? providerName) => providerName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => DatabaseProvider.Sqlite,
        "Npgsql.EntityFrameworkCore.PostgreSQL" => DatabaseProvider.Postgres,
        "Microsoft.EntityFrameworkCore.SqlServer" => DatabaseProvider.SqlServer,
        _ => throw new InvalidOperationException($"Unsupported EF Core provider '{providerName}'."),
    };
}

/// <summary>The default database (configuration section <c>Database</c>); a tenant may override it.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public string Provider { get; set; } = "Sqlite";

    public string ConnectionString { get; set; } = "Data Source=data/salessuite.db";

    /// <summary>Apply migrations for every tenant database at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>The key ring file for encrypted fields; keep it outside the database and its backups (see docs/operations.md).</summary>
    public string KeyRingPath { get; set; } = "data/keys/keyring.json";

    /// <summary>Cancels a database command that runs longer than this.</summary>
    public int CommandTimeoutSeconds { get; set; } = 30;
}
