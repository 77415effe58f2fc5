using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SalesSuite.ArchitectureTests.Planted.Providers;

/// <summary>Violations for every kernel assembly: each names a database provider's type, so this assembly references the provider.</summary>
internal static class NamesProviders
{
    public static IReadOnlyList<Type> Connections => [typeof(SqliteConnection), typeof(NpgsqlConnection), typeof(SqlConnection)];
}
