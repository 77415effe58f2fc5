using System.Net;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>Per-tenant and per-user rate limits: announced on every response, 429 with Retry-After past them.</summary>
public sealed class HardeningRateLimitTests : IAsyncLifetime
{
    private const string Query = "{ customers(first: 1) { totalCount } }";
    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(TestProvider.Sqlite);

    public async Task DisposeAsync() => await _database!.DisposeAsync();

    private SalesSuiteApp Start(int perUser, int perTenant) => new(_database!, new Dictionary<string, string?>
    {
        ["RateLimits:Enabled"] = "true",
        ["RateLimits:PerUser"] = perUser.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:PerTenant"] = perTenant.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:WindowSeconds"] = "60",
    });

    [Fact]
    public async Task A_user_over_the_limit_gets_429_with_Retry_After_while_colleagues_go_on()
    {
        await using var app = Start(perUser: 3, perTenant: 100);
        var admin = app.As("demo", "admin", "admin");
        app.Clock.Advance(TimeSpan.FromSeconds(15));

        var answers = new List<Sent>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await HardeningHttp.PostAsync(admin, Query));
        }

        var refused = await HardeningHttp.PostAsync(admin, Query);
        var colleague = await HardeningHttp.PostAsync(app.As("demo", "colleague", "admin"), Query);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(["3", "3", "3"], answers.Select(a => a.Header("RateLimit-Limit")));
        Assert.Equal(["2", "1", "0"], answers.Select(a => a.Header("RateLimit-Remaining")));
        Assert.Equal("45", answers[0].Header("RateLimit-Reset"));
        Assert.Contains("w=60", answers[0].Header("RateLimit-Policy"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("45", refused.Header("Retry-After"));
        Assert.Equal(["RATE_LIMITED"], refused.Result.ErrorCodes);
        Assert.Contains("retry after 45 seconds", refused.Result.Message());
        Assert.Equal("application/graphql-response+json", refused.Result.ContentType);

        Assert.Equal(HttpStatusCode.OK, colleague.Status);
        Assert.Equal("2", colleague.Header("RateLimit-Remaining"));

        app.Clock.Advance(TimeSpan.FromSeconds(45));
        var nextWindow = await HardeningHttp.PostAsync(admin, Query);
        Assert.Equal(HttpStatusCode.OK, nextWindow.Status);
        Assert.Equal("2", nextWindow.Header("RateLimit-Remaining"));
    }

    [Fact]
    public async Task A_tenant_over_its_limit_stops_all_its_users_but_no_other_tenant()
    {
        await using var app = Start(perUser: 100, perTenant: 4);
        var users = new[] { app.As("demo", "admin", "admin"), app.As("demo", "second", "admin") };

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await HardeningHttp.PostAsync(users[i % 2], Query)).Status);
        }

        var first = await HardeningHttp.PostAsync(users[0], Query);
        var second = await HardeningHttp.PostAsync(users[1], Query);
        var third = await HardeningHttp.PostAsync(app.As("demo", "third", "admin"), Query);
        var acme = await HardeningHttp.PostAsync(app.As("acme", "admin", "admin"), Query);

        foreach (var refused in new[] { first, second, third })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
            Assert.Equal(["RATE_LIMITED"], refused.Result.ErrorCodes);
            Assert.Equal("4", refused.Header("RateLimit-Limit"));
            Assert.Equal("0", refused.Header("RateLimit-Remaining"));
            Assert.NotNull(refused.Header("Retry-After"));
            Assert.StartsWith("Your organisation has made 4 requests", refused.Result.Message());
        }

        Assert.Equal(HttpStatusCode.OK, acme.Status);
        Assert.Equal("3", acme.Header("RateLimit-Remaining"));
    }
}
