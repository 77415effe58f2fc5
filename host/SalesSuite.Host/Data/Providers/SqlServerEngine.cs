using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Host.Data.Providers;

/// <summary>SQL Server: a schema per module.</summary>
internal sealed class SqlServerEngine : IDatabaseEngine
{
    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public string DesignTimeConnectionString => "Server=localhost";

    public string Prepare(string connectionString) => connectionString;

    public void Use(DbContextOptionsBuilder builder, ContextDatabase database) =>
        builder.UseSqlServer(database.ConnectionString, o =>
        {
            o.MigrationsAssembly(database.MigrationsAssembly).MigrationsHistoryTable(database.HistoryTable, database.Schema);
            if (database.CommandTimeoutSeconds is { } timeout)
            {
                o.CommandTimeout(timeout);
            }
        });

    public string? ConnectionStringProblem(string connectionString) =>
        string.IsNullOrWhiteSpace(new SqlConnectionStringBuilder(connectionString).DataSource)
            ? "names no Server for SQL Server; e.g. Server=db;Database=salessuite;User Id=...;Password=..."
            : null;

    public string Describe(string connectionString)
    {
        var ss = new SqlConnectionStringBuilder(connectionString);
        return $"SQL Server {ss.DataSource}/{ss.InitialCatalog}";
    }

    public DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    public string CountTablesSql(string? schema, string table) =>
        $"SELECT count(*) FROM sys.tables WHERE name = '{table}' AND SCHEMA_NAME(schema_id) = '{schema}'";

    public string SelectMigrationIdsSql(string? schema, string table) => $"SELECT [MigrationId] FROM [{schema}].[{table}]";

    /// <summary>An application lock owned by the transaction; waiting writers queue on it.</summary>
    public RawSql? TransactionLock(string resource) =>
        new("EXEC sp_getapplock @Resource = {0}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = -1", resource);

    /// <summary>2601 and 2627: a unique index or constraint; 1205: chosen as a deadlock victim.</summary>
    public DatabaseError? Classify(Exception exception) => exception switch
    {
        SqlException { Number: 2601 or 2627 } unique => new DatabaseError(DatabaseErrorKind.UniqueViolation, unique.Message),
        SqlException { Number: 1205 } => new DatabaseError(DatabaseErrorKind.Deadlock),
        _ => null,
    };
}
