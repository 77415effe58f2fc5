using System.Diagnostics;
using SalesSuite.Testing;
using Xunit.Abstractions;

namespace SalesSuite.Modules.Reporting.Tests.Demo;

/// <summary>
/// The demo tenant with its history (Seed:DemoHistory on): the records of every module agree, the read model is filled,
/// and the revenue forecast and the purchase-intent model have something to show. Prints the seed time, the forecast's
/// back-tested MAPE and the intent model's held-out AUC on the demo history.
/// </summary>
public abstract class DemoHistoryTests(TestProvider provider, ITestOutputHelper output) : IAsyncLifetime
{
    private TestDatabase? database;
    private SalesSuiteApp? app;

    private SalesSuiteApp App => app!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        var started = Stopwatch.StartNew();
        app = new SalesSuiteApp(database, new Dictionary<string, string?> { ["Seed:DemoHistory"] = "true" });
        _ = app.Server;
        output.WriteLine($"{provider}: app start with the demo history seeded: {started.ElapsedMilliseconds} ms");
    }

    public async Task DisposeAsync()
    {
        await app!.DisposeAsync();
        await database!.DisposeAsync();
    }

    [Fact]
    public async Task The_history_spans_two_years_and_fills_reports_and_forecast()
    {
        var admin = App.As("demo");
        var counts = (await admin.DataAsync("""
            { customers(first: 1) { totalCount } opportunities(first: 1) { totalCount } orders(first: 1) { totalCount }
              won: opportunities(first: 1, where: { status: { eq: WON } }) { totalCount }
              lost: opportunities(first: 1, where: { status: { eq: LOST } }) { totalCount } }
            """))!;
        output.WriteLine(counts.ToJsonString());
        Assert.True(counts["customers"]!["totalCount"]!.GetValue<int>() > 200);
        Assert.True(counts["orders"]!["totalCount"]!.GetValue<int>() > 100);
        Assert.True(counts["won"]!["totalCount"]!.GetValue<int>() > 80);
        Assert.True(counts["lost"]!["totalCount"]!.GetValue<int>() > 80);

        var forecast = (await admin
            .DataAsync(
                "{ revenueForecast(horizon: 6) { enoughHistory method history { month revenue } points { month forecast } accuracy { mapePercent " +
                "backtestPoints description } } }"))["revenueForecast"]!;
        output.WriteLine(forecast.ToJsonString());
        Assert.True(forecast["enoughHistory"]!.GetValue<bool>());
        Assert.Contains("Holt-Winters", forecast["method"]!.GetValue<string>());
        Assert.True(forecast["history"]!.AsArray().Count >= 24);
        var mape = forecast["accuracy"]!["mapePercent"]!.GetValue<double>();
        output.WriteLine($"{provider}: revenueForecast MAPE on the demo history: {mape:F1} % over {forecast["accuracy"]!["backtestPoints"]} back-test points");
        Assert.InRange(mape, 0, 60);

        var model = (await admin
            .DataAsync("mutation { trainIntentModel(input: {}) { intentModel { status examples won lost auc message factors { name weight } } } }"))
                ["trainIntentModel"]!["intentModel"]!;
        output.WriteLine(model.ToJsonString());
        Assert.Equal("TRAINED", model["status"]!.GetValue<string>());
        var auc = model["auc"]!.GetValue<double>();
        output.WriteLine($"{provider}: intent model AUC on the held-out newest quarter of the demo's {model["examples"]} closed deals: {auc:F3}");
        Assert.InRange(auc, 0.6, 1.0);
    }
}

public sealed class DemoHistoryOnSqlite(ITestOutputHelper output) : DemoHistoryTests(TestProvider.Sqlite, output);

public sealed class DemoHistoryOnPostgres(ITestOutputHelper output) : DemoHistoryTests(TestProvider.Postgres, output);
