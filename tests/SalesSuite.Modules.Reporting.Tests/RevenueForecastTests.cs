using SalesSuite.Testing;

namespace SalesSuite.Modules.Reporting.Tests;

/// <summary>The revenue forecast through GraphQL: history from the read model, complete months only, scope applied, too little history said.</summary>
public abstract class RevenueForecastTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string Query = """
        query($h: Int) { revenueForecast(horizon: $h) { baseCurrency enoughHistory method history { month revenue }
          points { month forecast lower80 upper80 lower95 upper95 } accuracy { mapePercent backtestPoints } } }
        """;

    [Fact]
    public async Task Thirty_months_of_seasonal_sales_give_a_seasonal_forecast_with_its_back_tested_accuracy()
    {
        var alice = App.As("demo", "alice", "rep");
        var customer = (await alice.DataAsync("mutation { createCustomer(input: { name: \"Steady Buyer\" }) { customer { id } } }"))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

        // From November 2026, one order on the 2nd of each month: a trend plus a yearly season (December high, summer low), no noise.
        var expected = new List<decimal>();
        for (var i = 0; i < 30; i++)
        {
            var month = new DateOnly(2026, 11, 1).AddMonths(i);
            var revenue = 1000m + (20m * i) + (month.Month switch { 12 => 600m, 6 or 7 or 8 => -300m, _ => 0m });
            expected.Add(revenue);
            App.Clock.Advance(new DateTimeOffset(month.Year, month.Month, 2, 9, 0, 0, TimeSpan.Zero) - App.Clock.GetUtcNow());
            var order = (await alice.DataAsync(
                "mutation($c: ID!, $p: Decimal!) { createOrder(input: { customerId: $c, lines: [{ description: \"Service\", quantity: 1, unitPrice: $p }] }) " +
                "{ order { id } } }",
                new { c = customer, p = revenue }))["createOrder"]!["order"]!["id"]!.GetValue<string>();
            await alice.DataAsync("mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { id } } }", new { id = order });
        }

        await App.DispatchEventsAsync();
        var forecast = (await alice.DataAsync(Query, new { h = 6 }))["revenueForecast"]!;

        // April 2029 has only begun: the history is the 29 complete months before it.
        Assert.True(forecast["enoughHistory"]!.GetValue<bool>());
        Assert.Contains("Holt-Winters", forecast["method"]!.GetValue<string>());
        var history = forecast["history"]!.AsArray();
        Assert.Equal(29, history.Count);
        Assert.Equal("2026-11-01", history[0]!["month"]!.GetValue<string>());
        Assert.Equal(expected.Take(29), history.Select(h => h!["revenue"]!.GetValue<decimal>()));
        var points = forecast["points"]!.AsArray();
        Assert.Equal(["2029-04-01", "2029-05-01", "2029-06-01", "2029-07-01", "2029-08-01", "2029-09-01"], points.Select(p => p!["month"]!.GetValue<string>()));
        Assert.All(points, p => Assert.True(p!["lower95"]!.GetValue<decimal>() <= p["lower80"]!.GetValue<decimal>()
            && p["lower80"]!.GetValue<decimal>() <= p["forecast"]!.GetValue<decimal>()
                && p["forecast"]!.GetValue<decimal>() <= p["upper80"]!.GetValue<decimal>()
            && p["upper80"]!.GetValue<decimal>() <= p["upper95"]!.GetValue<decimal>()));

        // The generating function continues: April 1,580, then the summer dip (June 1,320); a noise-free series is forecast closely.
        var april = points[0]!["forecast"]!.GetValue<decimal>();
        var june = points[2]!["forecast"]!.GetValue<decimal>();
        Assert.InRange(april, 1580m * 0.95m, 1580m * 1.05m);
        Assert.InRange(june, 1320m * 0.95m, 1320m * 1.05m);
        Assert.True(forecast["accuracy"]!["backtestPoints"]!.GetValue<int>() > 0);
        Assert.InRange(forecast["accuracy"]!["mapePercent"]!.GetValue<double>(), 0, 5);

        // Bob has no sales of his own: nothing to forecast, and it says so.
        var bobs = (await App.As("demo", "bob", "rep").DataAsync(Query, new { h = 6 }))["revenueForecast"]!;
        Assert.False(bobs["enoughHistory"]!.GetValue<bool>());
        Assert.Empty(bobs["points"]!.AsArray());
        Assert.Equal("VALIDATION", (await alice.PostAsync(Query, new { h = 25 })).FirstErrorCode);
    }
}

public sealed class RevenueForecastOnSqlite() : RevenueForecastTests(TestProvider.Sqlite);

public sealed class RevenueForecastOnPostgres() : RevenueForecastTests(TestProvider.Postgres);
