using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Jobs;

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
