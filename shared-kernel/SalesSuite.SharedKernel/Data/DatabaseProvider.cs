namespace SalesSuite.SharedKernel.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

public static class DatabaseProviders
{
    public static DatabaseProvider Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        "sqlserver" or "mssql" => DatabaseProvider.SqlServer,
        _ => throw new InvalidOperationException($"Unknown database provider '{value}'. Use Sqlite, Postgres or SqlServer."),
    };

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
