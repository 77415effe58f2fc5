using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SalesSuite.Testing;

/// <summary>
/// Rows in every table of a test database, counted past the application: what "nothing was written" is checked with.
/// A SQLite file that does not exist counts as no tables (and is not created by counting).
/// </summary>
public static class DatabaseRows
{
    /// <summary>Every table (migration history included) and its rows; with <paramref name="tenant"/>, only tables with a TenantId and that tenant's
    /// rows.</summary>
    public static async Task<SortedDictionary<string, long>> CountAsync(TestDatabase database, string? tenant = null)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var sqlite = database.Provider == TestProvider.Sqlite;
        if (sqlite && !File.Exists(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource))
        {
            return counts;
        }

        await using DbConnection connection = sqlite ? new SqliteConnection(database.ConnectionString) : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<(string Name, string Sql, bool HasTenant)>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = sqlite
                ? """
                  SELECT m.name, EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'TenantId')
                  FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
                  """
                : """
                  SELECT t.table_schema || '.' || t.table_name,
                         EXISTS (SELECT 1 FROM information_schema.columns c
                                 WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'TenantId')
                  FROM information_schema.tables t
                  WHERE t.table_type = 'BASE TABLE' AND t.table_schema NOT IN ('pg_catalog', 'information_schema')
                  """;
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var name = reader.GetString(0);
                var sql = sqlite ? $"\"{name}\"" : string.Join('.', name.Split('.', 2).Select(part => $"\"{part}\""));
                tables.Add((name, sql, Convert.ToBoolean(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        foreach (var (name, sql, hasTenant) in tables.Where(t => tenant is null || t.HasTenant))
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM {sql}" + (tenant is null ? "" : " WHERE \"TenantId\" = @tenant");
            if (tenant is not null)
            {
                var parameter = count.CreateParameter();
                parameter.ParameterName = "@tenant";
                parameter.Value = tenant;
                count.Parameters.Add(parameter);
            }

            counts[name] = Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>The counts as text, one table a line, for an assertion that shows which table differs.</summary>
    public static string Show(SortedDictionary<string, long> counts) => string.Join('\n', counts.Select(c => $"{c.Key}: {c.Value}"));
}
