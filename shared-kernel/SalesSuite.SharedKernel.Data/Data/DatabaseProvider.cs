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

        var engine = DatabaseEngines.For(provider);
        try
        {
            return engine.ConnectionStringProblem(connectionString);
        }
        catch (Exception ex) when (IsParseError(ex))
        {
            return $"is not a valid {provider} connection string: {ex.Message}";
        }
    }

    /// <summary>Where a database is, for messages: the SQLite file, or server and database name; never credentials.</summary>
    public static string Describe(DatabaseProvider provider, string connectionString)
    {
        var engine = DatabaseEngines.For(provider);
        try
        {
            return engine.Describe(connectionString);
        }
        catch (Exception ex) when (IsParseError(ex))
        {
            return provider.ToString();
        }
    }

    private static bool IsParseError(Exception ex) =>
        ex is ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException or OverflowException;

    /// <summary>
    /// The provider EF Core names <paramref name="providerName"/> (<c>Database.ProviderName</c>): names only, so that a context
    /// knows its provider while building its model even where no engine is registered.
    /// </summary>
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
