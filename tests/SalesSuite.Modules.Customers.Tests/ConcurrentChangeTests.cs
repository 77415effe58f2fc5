using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Customers.Tests;

/// <summary>
/// A row changed by someone else between a mutation's read and its save (an event handler, another request or instance):
/// a mutation that names no version is done again on fresh data and succeeds; one that names the version it read gets
/// CONFLICT, as before.
/// </summary>
public abstract class ConcurrentChangeTests(TestProvider provider) : IAsyncLifetime
{
    private readonly ChangeUnderneath _change = new();
    private TestDatabase? _database;
    private SalesSuiteApp? _app;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _app = new SalesSuiteApp(_database, services: s => s.AddSingleton<IInterceptor>(_change));
    }

    public async Task DisposeAsync()
    {
        await _app!.DisposeAsync();
        await _database!.DisposeAsync();
    }

    [Fact]
    public async Task A_mutation_without_a_version_is_done_again_and_one_with_a_version_gets_conflict()
    {
        var admin = _app!.As("demo");
        var created = await admin.DataAsync("""mutation { createCustomer(input: { name: "Raced Ltd" }) { customer { id version } } }""");
        var id = created["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var version = created["createCustomer"]!["customer"]!["version"]!.GetValue<long>();

        _change.Arm();
        var archived = await admin.DataAsync("mutation($id: ID!) { archiveCustomer(input: { id: $id }) { customer { archivedAt } } }", new { id });
        Assert.NotNull(archived["archiveCustomer"]!["customer"]!["archivedAt"]);
        Assert.Equal(1, _change.Fired); // the first attempt met the change, the second one saved

        _change.Arm();
        var stale = await admin.PostAsync("mutation($id: ID!, $version: Long) { restoreCustomer(input: { id: $id, version: $version }) { customer { id } } }",
            new { id, version = version + 1 });
        Assert.Equal(2, _change.Fired);
        Assert.Equal("CONFLICT", stale.FirstErrorCode);
        var still = await admin.DataAsync("query($id: ID!) { node(id: $id) { ... on Customer { archivedAt } } }", new { id });
        Assert.NotNull(still["node"]!["archivedAt"]); // nothing changed
    }

    /// <summary>Once armed, changes the customers' versions inside the next customer update's own transaction, just before it runs.</summary>
    private sealed class ChangeUnderneath : DbCommandInterceptor
    {
        private int _armed;

        public int Fired { get; private set; }

        public void Arm() => _armed = 1;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            var table = command.CommandText.Contains("\"customers_Customers\"", StringComparison.Ordinal) ? "\"customers_Customers\""
                : command.CommandText.Contains("customers.\"Customers\"", StringComparison.Ordinal) ? "customers.\"Customers\"" : null;
            if (table is not null && command.CommandText.Contains("UPDATE " + table, StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                Fired++;
                await using var change = command.Connection!.CreateCommand();
                change.Transaction = command.Transaction;
                change.CommandText = $"UPDATE {table} SET \"Version\" = \"Version\" + 1";
                await change.ExecuteNonQueryAsync(cancellationToken);
            }

            return result;
        }
    }
}

public sealed class ConcurrentChangeOnSqlite() : ConcurrentChangeTests(TestProvider.Sqlite);

public sealed class ConcurrentChangeOnPostgres() : ConcurrentChangeTests(TestProvider.Postgres);
