using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Events;

/// <summary>A module context's outbox, as the dispatcher sees it.</summary>
public interface IModuleOutbox
{
    string ModuleName { get; }

    /// <summary>The module's context type, as <see cref="OutboxSignal"/> names it.</summary>
    Type ContextType { get; }

    /// <summary>Delivers the tenant's pending events of this module to their handlers; returns how many were delivered.</summary>
    Task<int> DispatchAsync(TenantInfo tenant, CancellationToken cancellationToken);
}

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public bool Enabled { get; set; } = true;

    public int PollSeconds { get; set; } = 2;

    public int BatchSize { get; set; } = 100;

    /// <summary>After this many failed deliveries a message is left alone (and shows in the log) until someone looks.</summary>
    public int MaxAttempts { get; set; } = 10;
}

/// <summary>
/// Delivers one module's outbox in order, in the tenant's scope. A message is marked processed only after every
/// handler succeeded; a crash in between means redelivery, and the handlers' inboxes make that harmless.
/// </summary>
internal sealed class ModuleOutbox<TContext>(string moduleName, IServiceScopeFactory scopes, EventTypeRegistry types, IOptions<OutboxOptions> options,
    ILogger<ModuleOutbox<TContext>> logger)
    : IModuleOutbox
    where TContext : ModuleDbContext
{
    public string ModuleName => moduleName;

    public Type ContextType => typeof(TContext);

    /// <summary>
    /// Delivers up to a batch. <paramref name="stopping"/> is checked between messages, never passed into a delivery:
    /// a host that shuts down lets the message in hand finish and commit, instead of failing its transaction half-way.
    /// </summary>
    public async Task<int> DispatchAsync(TenantInfo tenant, CancellationToken stopping)
    {
        var cancellationToken = CancellationToken.None;
        await using var scope = scopes.CreateTenantScope(tenant);
        var services = scope.ServiceProvider;
        await using var db = services.GetRequiredService<ModuleDbContextFactory<TContext>>().CreateForSystem();
        var max = options.Value.MaxAttempts;
        var pending = await db.Set<OutboxMessage>().AsTracking()
            .Where(m => m.ProcessedAt == null && m.Attempts < max)
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var message in pending)
        {
            if (stopping.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await DeliverAsync(services, tenant, message, cancellationToken);
                message.ProcessedAt = db.Now;
                delivered++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = ex.GetType().Name + ": " + ex.Message[..Math.Min(ex.Message.Length, 1900)];
                logger.LogError(ex, "Delivering {EventType} {MessageId} of tenant {Tenant} failed (attempt {Attempt})", message.EventType, message.Id,
                    tenant.Id, message.Attempts);
                await db.SaveChangesAsync(cancellationToken);
                break;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return delivered;
    }

    private async Task DeliverAsync(IServiceProvider services, TenantInfo tenant, OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = types.Find(message.EventType)
            ?? throw new InvalidOperationException($"No integration event type '{message.EventType}' is loaded.");
        var payload = (IIntegrationEvent)JsonSerializer.Deserialize(message.Payload, type)!;
        var context = new IntegrationContext(message.Id, tenant.Id, message.OccurredAt);
        var audit = services.GetRequiredService<IAuditContext>();
        audit.ActorId = "system";
        audit.Operation = "event:" + type.Name;
        var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(type);
        foreach (var handler in services.GetServices(handlerType))
        {
            await (Task)handlerType.GetMethod(nameof(IIntegrationEventHandler<IIntegrationEvent>.HandleAsync))!.Invoke(handler,
                [payload, context, cancellationToken])!;
        }
    }
}

/// <summary>Finds integration event types by name in the loaded module and contract assemblies.</summary>
public sealed class EventTypeRegistry
{
    private readonly ConcurrentDictionary<string, Type?> _types = new(StringComparer.Ordinal);

    public Type? Find(string fullName) => _types.GetOrAdd(fullName, name =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("SalesSuite.", StringComparison.Ordinal) == true || !a.IsDynamic)
            .Select(a => a.GetType(name, throwOnError: false))
            .FirstOrDefault(t => t is not null && typeof(IIntegrationEvent).IsAssignableFrom(t)));
}

/// <summary>Runs the modules' outboxes: every one of every tenant on a timer (the DI <see cref="TimeProvider"/>), or those a save signalled.</summary>
public sealed class OutboxDispatcher(ITenantStore tenants, IEnumerable<IModuleOutbox> outboxes, ILogger<OutboxDispatcher> logger)
{
    public async Task<int> DispatchAllAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var tenant in await tenants.GetAllAsync(cancellationToken))
        {
            foreach (var outbox in outboxes)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    return total;
                }

                total += await DispatchAsync(outbox, tenant, cancellationToken);
            }
        }

        return total;
    }

    /// <summary>Runs the outboxes of the tenants and contexts a save signalled (<see cref="OutboxSignal.Drain"/>).</summary>
    public async Task<int> DispatchSignalledAsync(IReadOnlyList<(string Tenant, Type Context)> signalled, CancellationToken cancellationToken)
    {
        if (signalled.Count == 0)
        {
            return 0;
        }

        var total = 0;
        var byId = (await tenants.GetAllAsync(cancellationToken)).ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var (tenantId, context) in signalled)
        {
            if (!cancellationToken.IsCancellationRequested && byId.TryGetValue(tenantId, out var tenant)
                && outboxes.FirstOrDefault(o => o.ContextType == context) is { } outbox)
            {
                total += await DispatchAsync(outbox, tenant, cancellationToken);
            }
        }

        return total;
    }

    private async Task<int> DispatchAsync(IModuleOutbox outbox, TenantInfo tenant, CancellationToken cancellationToken)
    {
        try
        {
            return await outbox.DispatchAsync(tenant, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && Data.DataErrors.IsConcurrencyClash(ex))
        {
            // Another writer held the rows or the database (SQLite's single writer under load): nothing was
            // applied, and the next poll dispatches the same events again.
            logger.LogWarning("The {Module} outbox of tenant {Tenant} met a concurrent writer and is dispatched again at the next poll: {Reason}",
                outbox.ModuleName, tenant.Id, ex.GetBaseException().Message);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "The {Module} outbox of tenant {Tenant} could not be dispatched", outbox.ModuleName, tenant.Id);
        }

        return 0;
    }
}

internal sealed class OutboxDispatcherService(
    OutboxDispatcher dispatcher, ReadModelReadiness readModels, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDispatcherService> logger)
        : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // A read model being rebuilt is not fed live events at the same time; they wait in the outbox.
        await readModels.WhenReady.WaitAsync(stoppingToken);

        // A save that published wakes the loop for its tenant and module at once; the timer still runs every outbox of every tenant.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), clock);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var signalled = OutboxSignal.Next;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.WhenAny(tick, signalled);

                // Taken before the pending pairs are drained: a save from here on completes it, and the next round sees its pair.
                signalled = OutboxSignal.Next;
                if (tick.IsCompleted)
                {
                    if (!await tick)
                    {
                        return;
                    }

                    tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
                    OutboxSignal.Drain();
                    await dispatcher.DispatchAllAsync(stoppingToken);
                }
                else
                {
                    await dispatcher.DispatchSignalledAsync(OutboxSignal.Drain(), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Outbox dispatch failed");
            }
        }
    }
}

public static class EventRegistration
{
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddScoped<IIntegrationEventHandler<TEvent>, THandler>();
        return services;
    }

    /// <summary>The dispatcher, its timer, the type registry and the read models' start-up catch-up (the host calls this once).</summary>
    public static IServiceCollection AddOutboxDispatch(this IServiceCollection services)
    {
        services.AddReadModelCatchUp();
        services.AddSingleton<EventTypeRegistry>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, OutboxCommitSignal>();
        services.AddHostedService<OutboxDispatcherService>();
        return services;
    }
}
