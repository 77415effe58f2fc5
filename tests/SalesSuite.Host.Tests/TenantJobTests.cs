using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Jobs;
using SalesSuite.SharedKernel.Tenancy;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>The kernel's recurring jobs: every job runs for every tenant, inside that tenant's scope, at the clock's time; one failure stops nothing
/// else.</summary>
public sealed class TenantJobTests : IAsyncLifetime
{
    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(TestProvider.Sqlite);

    public async Task DisposeAsync() => await _database!.DisposeAsync();

    [Fact]
    public async Task Each_job_runs_once_per_tenant_in_its_scope_at_the_clock_time_and_a_failing_job_stops_nothing()
    {
        var runs = new ConcurrentQueue<(string Job, string ScopeTenant, string ContextTenant, DateTimeOffset Now)>();
        await using var app = new SalesSuiteApp(_database!, services: services =>
        {
            services.AddSingleton(runs);
            services.AddTenantJob<FailingJob>();
            services.AddTenantJob<RecordingJob>();
        });
        _ = app.Server;

        app.Clock.Advance(TimeSpan.FromHours(5));
        var failures = await app.RunJobsAsync();

        Assert.Equal(2, failures);
        var recorded = runs.OrderBy(r => r.ScopeTenant, StringComparer.Ordinal).ToList();
        Assert.Equal(["acme", "demo"], recorded.Select(r => r.ScopeTenant));
        Assert.All(recorded, r => Assert.Equal(r.ScopeTenant, r.ContextTenant));
        Assert.All(recorded, r => Assert.Equal(new DateTimeOffset(2026, 11, 2, 14, 0, 0, TimeSpan.Zero), r.Now));
    }

    private sealed class RecordingJob(ITenantContext tenant, ConcurrentQueue<(string, string, string, DateTimeOffset)> runs) : ITenantJob
    {
        public string Name => "recording";

        public Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
        {
            runs.Enqueue((Name, tenant.Tenant.Id, context.Tenant.Id, context.Now));
            return Task.CompletedTask;
        }
    }

    private sealed class FailingJob : ITenantJob
    {
        public string Name => "failing";

        public Task RunAsync(TenantJobContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("broken job");
    }
}
