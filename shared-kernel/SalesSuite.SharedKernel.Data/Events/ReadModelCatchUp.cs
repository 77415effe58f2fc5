using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Events;

public sealed class ReadModelOptions
{
    public const string Section = "ReadModels";

    /// <summary>Check every tenant's read models after start-up and rebuild, in the background, those that are behind.</summary>
    public bool RebuildOnStart { get; set; } = true;
}

/// <summary>Whether the read models are current: the server answers from the start, and says it is ready once they are.</summary>
public sealed class ReadModelReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task WhenReady => _ready.Task;

    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>What is being rebuilt now, or what failed.</summary>
    public string? Status { get; internal set; }

    public bool Failed { get; private set; }

    internal void MarkReady(string? failure = null)
    {
        Failed = failure is not null;
        Status = failure;
        _ready.TrySetResult();
    }
}

/// <summary>
/// After start-up, rebuilds the read models that are behind (never built, or built by an older version of the model)
/// for every tenant, one after another. Current models are left alone, so a restart costs no rebuild. Live event
/// delivery waits until this is done, so a rebuild never races the handlers that feed the same rows.
/// </summary>
internal sealed class ReadModelCatchUp(
    ITenantStore tenants,
    IEnumerable<IRebuildableReadModel> models,
    ReadModelReadiness readiness,
    IOptions<ReadModelOptions> options,
    ILogger<ReadModelCatchUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RebuildOnStart)
        {
            readiness.MarkReady();
            return;
        }

        string? failure = null;
        foreach (var tenant in await tenants.GetAllAsync(stoppingToken))
        {
            foreach (var model in models)
            {
                try
                {
                    if (!await model.NeedsRebuildAsync(tenant, stoppingToken))
                    {
                        continue;
                    }

                    readiness.Status = $"rebuilding {model.Name} of tenant {tenant.Id}";
                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    var applied = await model.RebuildAsync(tenant, stoppingToken);
                    logger.LogInformation("Read model {ReadModel} of tenant {Tenant} was behind and was rebuilt from {Events} events in {Elapsed} ms",
                        model.Name, tenant.Id, applied, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    failure ??= $"read model {model.Name} of tenant {tenant.Id} could not be rebuilt: {ex.Message}";
                    logger.LogError(ex, "Read model {ReadModel} of tenant {Tenant} could not be rebuilt; run rebuild-read-models", model.Name, tenant.Id);
                }
            }
        }

        readiness.MarkReady(failure);
    }
}

/// <summary>Readiness for a load balancer: unhealthy (503) while read models are being rebuilt, degraded if a rebuild failed.</summary>
internal sealed class ReadModelHealthCheck(ReadModelReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness switch
        {
            { IsReady: false } => HealthCheckResult.Unhealthy(readiness.Status ?? "checking the read models"),
            { Failed: true } => HealthCheckResult.Degraded(readiness.Status),
            _ => HealthCheckResult.Healthy("read models are current"),
        });
}

public static class ReadModelRegistration
{
    public const string ReadyTag = "ready";

    /// <summary>The start-up catch-up of read models and its readiness check (tagged <see cref="ReadyTag"/>).</summary>
    public static IServiceCollection AddReadModelCatchUp(this IServiceCollection services)
    {
        services.AddSingleton<ReadModelReadiness>();
        services.AddHostedService<ReadModelCatchUp>();
        services.AddHealthChecks().AddCheck<ReadModelHealthCheck>("read-models", tags: [ReadyTag]);
        return services;
    }
}
