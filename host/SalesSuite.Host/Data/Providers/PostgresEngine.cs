using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Host.Data.Providers;

/// <summary>PostgreSQL through Npgsql: a schema per module.</summary>
internal sealed class PostgresEngine : IDatabaseEngine
{
    public DatabaseProvider Provider => DatabaseProvider.Postgres;

    public string DesignTimeConnectionString => "Host=localhost";

    public string Prepare(string connectionString) => connectionString;

    public void Use(DbContextOptionsBuilder builder, ContextDatabase database) =>
        builder.UseNpgsql(database.ConnectionString, o =>
        {
            o.MigrationsAssembly(database.MigrationsAssembly).MigrationsHistoryTable(database.HistoryTable, database.Schema);
            if (database.CommandTimeoutSeconds is { } timeout)
            {
                o.CommandTimeout(timeout);
            }
        });

    public string? ConnectionStringProblem(string connectionString) =>
        string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host)
            ? "names no Host for PostgreSQL; e.g. Host=db;Database=salessuite;Username=salessuite;Password=..."
            : null;

    public string Describe(string connectionString)
    {
        var pg = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database}";
    }

    public DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public string CountTablesSql(string? schema, string table) =>
        $"SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = '{schema}' AND tablename = '{table}'";

    public string SelectMigrationIdsSql(string? schema, string table) => $"SELECT \"MigrationId\" FROM \"{schema}\".\"{table}\"";

    /// <summary>An advisory lock held until commit or rollback; waiting writers queue on it.</summary>
    public RawSql? TransactionLock(string resource) => new("SELECT pg_advisory_xact_lock({0})", LockKey(resource));

    public DatabaseError? Classify(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique =>
            new DatabaseError(DatabaseErrorKind.UniqueViolation, unique.ConstraintName),
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure } =>
            new DatabaseError(DatabaseErrorKind.Deadlock),
        _ => null,
    };

    /// <summary>A stable 64-bit key per resource: the same in every process and after every restart.</summary>
    internal static long LockKey(string resource) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(resource)));
}
