using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// One database provider as the kernel needs it: how a module context is configured for it, how its connection strings are
/// checked and described, the few statements of its own dialect the kernel sends, and what its exceptions mean. The host
/// implements one per provider (<c>host/SalesSuite.Host/Data/Providers</c>) and registers them in <see cref="DatabaseEngines"/>
/// at start-up, so that no kernel assembly references a provider package.
/// </summary>
public interface IDatabaseEngine
{
    DatabaseProvider Provider { get; }

    /// <summary>A connection string for contexts that never connect: <c>dotnet ef</c> and model checks.</summary>
    string DesignTimeConnectionString { get; }

    /// <summary>The connection string as a context opens it (SQLite: the file's full path, its folder created, a busy timeout).</summary>
    string Prepare(string connectionString);

    /// <summary>Configures <paramref name="builder"/> for this provider: connection, migrations assembly and history table, command timeout.</summary>
    void Use(DbContextOptionsBuilder builder, ContextDatabase database);

    /// <summary>
    /// What is wrong with a connection string that is not empty (it names no server or file, its SQLite file is a directory), or
    /// null. May throw when the string does not parse. The answer never repeats the string: it may hold a password.
    /// </summary>
    string? ConnectionStringProblem(string connectionString);

    /// <summary>Where a database is, for messages: the file, or server and database name; never credentials. May throw when it does not parse.</summary>
    string Describe(string connectionString);

    /// <summary>A plain connection, not opened yet: reading the migration history this way builds no EF model.</summary>
    DbConnection CreateConnection(string connectionString);

    /// <summary>A query that counts the tables named <paramref name="table"/> in <paramref name="schema"/> (null on SQLite, which has none).</summary>
    string CountTablesSql(string? schema, string table);

    /// <summary>A query that selects the <c>MigrationId</c> column of the migration history table.</summary>
    string SelectMigrationIdsSql(string? schema, string table);

    /// <summary>
    /// A statement (parameters as <c>{0}</c>) that takes an exclusive lock named <paramref name="resource"/> until the current
    /// transaction ends, in every process; null when the transaction holds the database's one write lock already (SQLite).
    /// </summary>
    RawSql? TransactionLock(string resource);

    /// <summary>What an exception of this provider says about concurrent writers; null for any other exception, another provider's too.</summary>
    DatabaseError? Classify(Exception exception);
}
