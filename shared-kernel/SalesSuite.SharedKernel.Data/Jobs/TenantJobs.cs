using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Jobs;

/// <summary>
/// Recurring background work that a module does in each tenant's scope (reminders, scheduled reports).
/// The runner calls every job for every tenant on each tick; the job decides what is due at
/// <see cref="TenantJobContext.Now"/> from its own stored state, so a missed tick or a second host instance
/// only means a later or a repeated call, never a lost or doubled result.
/// </summary>
public interface ITenantJob
{
    /// <summary>A stable name for logs.</summary>
    string Name { get; }

    Task RunAsync(TenantJobContext context, CancellationToken cancellationToken);
}

/// <summary>The tenant a job runs for and the instant of this run (from the DI <see cref="TimeProvider"/>).</summary>
public sealed record TenantJobContext(TenantInfo Tenant, DateTimeOffset Now);

public sealed class TenantJobOptions
{
    public const string Section = "Jobs";

    public bool Enabled { get; set; } = true;

    public int PollSeconds { get; set; } = 60;
}

/// <summary>One registered job type; the runner resolves it in a fresh tenant scope per run.</summary>
public sealed record TenantJobRegistration(Type JobType);

/// <summary>Runs every registered job once for every tenant, each in its own tenant scope.</summary>
public sealed class TenantJobRunner(
    ITenantStore tenants,
    IEnumerable<TenantJobRegistration> jobs,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<TenantJobRunner> logger)
{
    /// <summary>
    /// Returns how many job runs failed (each failure is logged and does not stop the others). <paramref name="stopping"/>
    /// is checked between runs, not passed into one: a shutdown lets the run in hand finish and commit.
    /// </summary>
    public async Task<int> RunAllAsync(CancellationToken stopping)
    {
        var failed = 0;
        var cancellationToken = CancellationToken.None;
        foreach (var tenant in await tenants.GetAllAsync(cancellationToken))
        {
            foreach (var registration in jobs)
            {
                if (stopping.IsCancellationRequested)
                {
                    return failed;
                }

                await using var scope = scopes.CreateTenantScope(tenant);
                var job = (ITenantJob)scope.ServiceProvider.GetRequiredService(registration.JobType);
                try
                {
                    await job.RunAsync(new TenantJobContext(tenant, clock.GetUtcNow()), cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failed++;
                    logger.LogError(ex, "Job {Job} failed for tenant {Tenant}", job.Name, tenant.Id);
                }
            }
        }

        return failed;
    }
}

internal sealed class TenantJobService(TenantJobRunner runner, IOptions<TenantJobOptions> options, TimeProvider clock, ILogger<TenantJobService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await runner.RunAllAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Tenant jobs failed");
            }
        }
    }
}

public static class TenantJobRegistrations
{
    /// <summary>Registers a module's job; it is resolved (scoped) in each tenant's scope.</summary>
    public static IServiceCollection AddTenantJob<TJob>(this IServiceCollection services)
        where TJob : class, ITenantJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new TenantJobRegistration(typeof(TJob)));
        return services;
    }

    /// <summary>The runner and its timer (the host calls this once).</summary>
    public static IServiceCollection AddTenantJobs(this IServiceCollection services)
    {
        services.AddSingleton<TenantJobRunner>();
        services.AddHostedService<TenantJobService>();
        return services;
    }
}
