using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Host.Data.Providers;

/// <summary>
/// The database providers live here, in the host, and nowhere in the kernel: start-up registers one engine per provider
/// in <see cref="DatabaseEngines"/> before anything reads a setting or makes a context.
/// </summary>
public static class DatabaseEngineRegistration
{
    /// <summary>Registers SQLite, PostgreSQL and SQL Server; calling it again changes nothing. Tests that make contexts without a host call it too.</summary>
    public static void RegisterAll() => DatabaseEngines.Register(new SqliteEngine(), new PostgresEngine(), new SqlServerEngine());
}
