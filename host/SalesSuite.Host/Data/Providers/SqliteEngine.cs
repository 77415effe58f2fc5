using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Host.Data.Providers;

/// <summary>SQLite: one file per database, no schemas (a module's tables carry its schema as a prefix), one writer at a time.</summary>
internal sealed class SqliteEngine : IDatabaseEngine
{
    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string DesignTimeConnectionString => "Data Source=design.db";

    /// <summary>Relative SQLite files live under the current directory; their folder is created on first use.</summary>
    public string Prepare(string connectionString)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(csb.DataSource) && csb.DataSource != ":memory:" && csb.Mode != SqliteOpenMode.Memory)
        {
            var full = Path.GetFullPath(csb.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            csb.DataSource = full;
        }

        if (csb.DefaultTimeout < 30)
        {
            csb.DefaultTimeout = 30;
        }

        return csb.ToString();
    }

    public void Use(DbContextOptionsBuilder builder, ContextDatabase database) =>
        builder.UseSqlite(database.ConnectionString, o =>
        {
            o.MigrationsAssembly(database.MigrationsAssembly).MigrationsHistoryTable(database.HistoryTable);
            if (database.CommandTimeoutSeconds is { } timeout)
            {
                o.CommandTimeout(timeout);
            }
        });

    public string? ConnectionStringProblem(string connectionString)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
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

    public string Describe(string connectionString) => "SQLite " + SqlitePath(new SqliteConnectionStringBuilder(connectionString));

    public DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public string CountTablesSql(string? schema, string table) => $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'";

    public string SelectMigrationIdsSql(string? schema, string table) => $"SELECT \"MigrationId\" FROM \"{table}\"";

    /// <summary>None: the transaction began IMMEDIATE and holds the database's one write lock already.</summary>
    public RawSql? TransactionLock(string resource) => null;

    /// <summary>19: a constraint violation; 5 and 6: the database is busy or a table is locked by another writer.</summary>
    public DatabaseError? Classify(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: 19 } sqlite => new DatabaseError(DatabaseErrorKind.UniqueViolation, sqlite.Message),
        SqliteException { SqliteErrorCode: 5 or 6 } => new DatabaseError(DatabaseErrorKind.Busy),
        _ => null,
    };

    /// <summary>A relative Data Source is relative to the current directory (as <see cref="Prepare"/> makes it).</summary>
    private static string SqlitePath(SqliteConnectionStringBuilder csb) =>
        IsInMemoryOrUri(csb) ? csb.DataSource : Path.GetFullPath(csb.DataSource);

    private static bool IsInMemoryOrUri(SqliteConnectionStringBuilder csb) =>
        csb.DataSource == ":memory:" || csb.Mode == SqliteOpenMode.Memory || csb.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
