using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;
using SalesSuite.Testing;

namespace SalesSuite.Benchmarks;

/// <summary>
/// <c>customers(first: 50)</c> with contacts through the whole host (HTTP on loopback, auth, tenancy, GraphQL,
/// EF Core) against the same EF Core queries behind a plain minimal-API endpoint in the same process, on PostgreSQL.
/// Run: scripts/bench.sh CustomersListBenchmark
/// </summary>
[Config(typeof(Config))]
public class CustomersListBenchmark
{
    private const string Query = "{ customers(first: 50) { totalCount nodes { id name level region ownerId contacts { name email phone } } } }";

    private const string QueryWithoutSensitive = "{ customers(first: 50) { totalCount nodes { id name level region ownerId contacts { name } } } }";

    private TestDatabase? _database;
    private SalesSuiteApp? _app;
    private HttpClient? _http;

    [GlobalSetup]
    public void Setup()
    {
        _database = TestDatabase.CreateAsync(TestProvider.Postgres).GetAwaiter().GetResult();
        _app = new PlainEndpointApp(_database);
        _http = LoopbackHost.Start(_app);
        var check = Host().GetAwaiter().GetResult();
        if (!check.Contains("\"totalCount\":60", StringComparison.Ordinal) || !Plain().GetAwaiter().GetResult().Contains("\"totalCount\":60",
            StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The benchmark endpoints do not answer as expected: " + check);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http?.Dispose();
        _app?.Dispose();
        _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "GraphQL customers(first: 50) through the host")]
    public async Task<string> Host()
    {
        using var response = await _http!.PostAsJsonAsync("/graphql", new { query = Query });
        return await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
    }

    /// <summary>The same list without the contacts' phone and email, whose reading the audit log records (one write per request).</summary>
    [Benchmark(Description = "Same, without the audited sensitive fields")]
    public async Task<string> HostWithoutSensitiveFields()
    {
        using var response = await _http!.PostAsJsonAsync("/graphql", new { query = QueryWithoutSensitive });
        return await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
    }

    [Benchmark(Baseline = true, Description = "Same EF Core queries, plain minimal API")]
    public async Task<string> Plain()
    {
        using var response = await _http!.GetAsync("/plain/customers");
        return await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(5).WithIterationCount(20));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95);
            AddColumnProvider(DefaultColumnProviders.Instance);
        }
    }

    /// <summary>The host plus one plain endpoint that runs the same EF Core queries as the GraphQL resolvers.</summary>
    private sealed class PlainEndpointApp(TestDatabase database) : SalesSuiteApp(database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new PlainEndpoint()));
        }
    }

    private sealed class PlainEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map("/plain/customers", branch => branch.Run(async http =>
            {
                var services = http.RequestServices;
                var tenant = await services.GetRequiredService<ITenantStore>().FindAsync("demo");
                services.GetRequiredService<ITenantContext>().Set(tenant!);
                services.GetRequiredService<SalesSuite.SharedKernel.Security.ICurrentAccess>().Set(SalesSuite.SharedKernel.Security.AccessGrant.System);
                var factory = services.GetRequiredService<ModuleDbContextFactory<CustomersDbContext>>();
                await using var db = factory.Create();
                var query = db.Customers.Where(c => c.ArchivedAt == null);
                var total = await query.CountAsync();
                var customers = await query.OrderBy(c => c.Id).Take(51).ToListAsync();
                customers = customers.Take(50).ToList();
                var ids = customers.Select(c => c.Id).ToList();
                await using var db2 = factory.Create();
                var contacts = (
                    await db2.Contacts.Where(c => ids.Contains(c.CustomerId)).OrderByDescending(c => c.IsPrimary).ThenBy(c => c.Name).ThenBy(c => c.Id)
                        .ToListAsync())
                    .ToLookup(c => c.CustomerId);
                await http.Response.WriteAsJsonAsync(new
                {
                    data = new
                    {
                        customers = new
                        {
                            totalCount = total,
                            nodes = customers.Select(c => new
                            {
                                id = SalesSuite.SharedKernel.GraphQL.GlobalId.Encode("Customer", c.Id),
                                name = c.Name,
                                level = c.Level,
                                region = c.Region,
                                ownerId = c.OwnerId,
                                contacts = contacts[c.Id].Select(k => new { name = k.Name, email = k.Email, phone = k.Phone }),
                            }),
                        },
                    },
                });
            }));
            next(app);
        };
    }
}
