using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Tenancy;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>
/// A start-up rebuilds only the read models that are behind, in the background, and says so at <c>/health/ready</c>;
/// a current model is left alone, so a restart costs no rebuild.
/// </summary>
public abstract class ReadinessTests(TestProvider provider) : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> CatchUp = new() { ["ReadModels:RebuildOnStart"] = "true" };

    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await _database!.DisposeAsync();

    [Fact]
    public async Task A_model_that_is_behind_is_rebuilt_in_the_background_and_a_current_one_is_left_alone()
    {
        DateTimeOffset firstBuild;
        await using (var app = new SalesSuiteApp(_database!, CatchUp) { RealClock = true })
        {
            // Never built: the catch-up builds it for every tenant, and then the host is ready.
            await WaitUntilReadyAsync(app);
            Assert.False(await NeedsRebuildAsync(app, "demo"));
            Assert.False(await NeedsRebuildAsync(app, "acme"));
            firstBuild = await RebuiltAtAsync();
            using var live = await app.CreateClient().GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        await using (var app = new SalesSuiteApp(_database!, CatchUp) { RealClock = true })
        {
            // Current: the restart leaves it alone.
            await WaitUntilReadyAsync(app);
            Assert.Equal(firstBuild, await RebuiltAtAsync());
        }

        // Built by an older version of the model: the next start rebuilds it.
        await ExecuteAsync(provider == TestProvider.Sqlite
            ? "UPDATE reporting_ReadModelState SET Version = 0 WHERE TenantId = 'demo'"
            : "UPDATE reporting.\"ReadModelState\" SET \"Version\" = 0 WHERE \"TenantId\" = 'demo'");
        await using (var app = new SalesSuiteApp(_database!, CatchUp) { RealClock = true })
        {
            await WaitUntilReadyAsync(app);
            Assert.False(await NeedsRebuildAsync(app, "demo"));
            Assert.NotEqual(firstBuild, await RebuiltAtAsync());
            var report = await app.As("demo").DataAsync("{ dashboard { scope } }");
            Assert.Equal("TENANT", report["dashboard"]!["scope"]!.GetValue<string>());
        }
    }

    private static async Task WaitUntilReadyAsync(SalesSuiteApp app)
    {
        using var http = app.CreateClient();
        var readiness = app.Services.GetRequiredService<ReadModelReadiness>();
        await readiness.WhenReady.WaitAsync(TimeSpan.FromMinutes(2));
        using var ready = await http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    private static async Task<bool> NeedsRebuildAsync(SalesSuiteApp app, string tenantId)
    {
        var tenant = (await app.Services.GetRequiredService<ITenantStore>().FindAsync(tenantId))!;
        return await Assert.Single(app.Services.GetServices<IRebuildableReadModel>()).NeedsRebuildAsync(tenant, CancellationToken.None);
    }

    private async Task<DateTimeOffset> RebuiltAtAsync()
    {
        await using var connection = Connection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = provider == TestProvider.Sqlite
            ? "SELECT RebuiltAt FROM reporting_ReadModelState WHERE TenantId = 'demo'"
            : "SELECT \"RebuiltAt\" FROM reporting.\"ReadModelState\" WHERE \"TenantId\" = 'demo'";
        var value = await command.ExecuteScalarAsync();
        return value switch
        {
            long binary =>
                new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertFromProvider(binary) is DateTimeOffset d ? d
                    : default,
            DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
            DateTimeOffset d => d,
            _ => throw new InvalidOperationException($"No read-model state row for demo (got {value ?? "nothing"})."),
        };
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = Connection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private DbConnection Connection() => provider == TestProvider.Sqlite
        ? new SqliteConnection(_database!.ConnectionString)
        : new NpgsqlConnection(_database!.ConnectionString);
}

public sealed class ReadinessOnSqlite() : ReadinessTests(TestProvider.Sqlite);

public sealed class ReadinessOnPostgres() : ReadinessTests(TestProvider.Postgres);
