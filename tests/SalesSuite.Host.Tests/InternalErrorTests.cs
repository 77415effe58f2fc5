using Microsoft.Data.Sqlite;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

public sealed class InternalErrorTests : IAsyncLifetime
{
    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(TestProvider.Sqlite);

    public async Task DisposeAsync() => await _database!.DisposeAsync();

    [Fact]
    public async Task A_failure_inside_the_server_shows_a_request_id_and_no_internals()
    {
        await using var app = new SalesSuiteApp(_database!);
        _ = app.Server;
        await using (var sqlite = new SqliteConnection(_database!.ConnectionString))
        {
            await sqlite.OpenAsync();
            await using var drop = sqlite.CreateCommand();
            drop.CommandText = "DROP TABLE customers_Levels";
            await drop.ExecuteNonQueryAsync();
        }

        var response = await app.As().PostAsync("{ customerLevels { code } }");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal("INTERNAL", response.FirstErrorCode);
        var message = response.Errors[0]["message"]!.GetValue<string>();
        Assert.Contains("Request id", message);
        Assert.DoesNotContain("customers_Levels", response.Body);
        Assert.DoesNotContain("SQLite", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", response.Body);
    }
}
