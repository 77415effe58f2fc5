using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using SalesSuite.Host.Identity;

namespace SalesSuite.Testing;

/// <summary>The real host, in memory, on a test database, with the demo seed, a SQL log and a fake clock.</summary>
public class SalesSuiteApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public SalesSuiteApp(TestDatabase database, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        Database = database;
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.ProviderName,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Seed:Demo"] = "true",
            ["Seed:DemoHistory"] = "false", // about a second per app; tests that need the history turn it on
            ["Plugins:Path"] = "",
            ["Outbox:Enabled"] = "false",
            ["Jobs:Enabled"] = "false",
            ["ReadModels:RebuildOnStart"] = "false", // tests rebuild when they mean to; a background rebuild would race their reads
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public TestDatabase Database { get; }

    public SqlLog Sql { get; } = new();

    /// <summary>Starts at a fixed instant; tests move it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    public string Environment { get; init; } = "Development";

    /// <summary>Runs on <see cref="TimeProvider.System"/> instead of <see cref="Clock"/>: times with every digit a real installation has.</summary>
    public bool RealClock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseContentRoot(Path.Combine(RepoRoot.Path, "host", "SalesSuite.Host"));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IInterceptor>(Sql);
            if (!RealClock)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            }
            _services?.Invoke(services);
        });
    }

    public string Token(string tenant = "demo", string user = "admin", params string[] roles) =>
        Services.GetRequiredService<DevTokenIssuer>().Issue(tenant, user, roles.Length == 0 ? ["admin"] : roles);

    /// <summary>A GraphQL client signed in as <paramref name="user"/> of <paramref name="tenant"/>.</summary>
    public GraphQLClient As(string tenant = "demo", string user = "admin", params string[] roles)
    {
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token(tenant, user, roles));
        return new GraphQLClient(http);
    }

    public GraphQLClient Anonymous() => new(CreateClient());

    /// <summary>Delivers every pending integration event now (the timer-driven dispatcher is off in tests).</summary>
    public async Task<int> DispatchEventsAsync()
    {
        // Batch after batch (Outbox:BatchSize each) until every outbox is empty: the seed alone leaves more than one batch.
        var dispatcher = Services.GetRequiredService<SalesSuite.SharedKernel.Events.OutboxDispatcher>();
        var total = 0;
        for (var round = 0; round < 100 && await dispatcher.DispatchAllAsync(CancellationToken.None) is var count and > 0; round++)
        {
            total += count;
        }

        return total;
    }

    /// <summary>Runs every tenant job once for every tenant at <see cref="Clock"/>'s time (the timer-driven runner is off in tests); returns the
    /// failures.</summary>
    public Task<int> RunJobsAsync() =>
        Services.GetRequiredService<SalesSuite.SharedKernel.Jobs.TenantJobRunner>().RunAllAsync(CancellationToken.None);
}
