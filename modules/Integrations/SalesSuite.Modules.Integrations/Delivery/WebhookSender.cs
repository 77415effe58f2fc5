using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Integrations.Delivery;

/// <summary>
/// Sends every tenant's due deliveries. Each round claims a batch (one save, the versions guarding it), sends it with bounded
/// concurrency, then records each attempt and its endpoint's health. A crash between claim and record leaves the delivery pending; it is
/// sent again when the claim ends, with the same <c>webhook-id</c>, so receivers de-duplicate it.
/// </summary>
internal sealed class WebhookSender(ITenantStore tenants, IServiceScopeFactory scopes, WebhookHttp http, IOptions<WebhookOptions> options,
    TimeProvider clock, ILogger<WebhookSender> logger)
{
    private const int BatchSize = 100;

    /// <summary>Sends what is due for every tenant; returns how many attempts were made.</summary>
    public async Task<int> SendDueAsync(CancellationToken stopping)
    {
        var total = 0;
        foreach (var tenant in await tenants.GetAllAsync(CancellationToken.None))
        {
            if (stopping.IsCancellationRequested)
            {
                break;
            }

            try
            {
                total += await SendDueAsync(tenant);
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                logger.LogError(ex, "Sending the webhooks of tenant {Tenant} failed", tenant.Id);
            }
        }

        return total;
    }

    private async Task<int> SendDueAsync(TenantInfo tenant)
    {
        await using var scope = scopes.CreateTenantScope(tenant);
        var audit = scope.ServiceProvider.GetRequiredService<IAuditContext>();
        audit.ActorId = "system";
        audit.Operation = "webhook:send";
        var contexts = scope.ServiceProvider.GetRequiredService<ModuleDbContextFactory<IntegrationsDbContext>>();
        var settings = options.Value;
        var now = clock.GetUtcNow();
        List<WebhookDelivery> claimed;
        await using (var db = contexts.CreateForSystem())
        {
            claimed = await db.Deliveries.AsTracking()
                .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Take(BatchSize).ToListAsync();
            if (claimed.Count == 0)
            {
                return 0;
            }

            foreach (var delivery in claimed)
            {
                delivery.Claim(now + TimeSpan.FromSeconds(settings.TimeoutSeconds + 30));
            }

            try
            {
                await db.SaveChangesAsync();
            }
            catch (StaleRecordException)
            {
                return 0;   // another sender claimed some of them first; the rest are due again at the next round
            }
        }

        var messageIds = claimed.Select(d => d.MessageId).Distinct().ToList();
        var endpointIds = claimed.Select(d => d.EndpointId).Distinct().ToList();
        Dictionary<Guid, WebhookMessage> messages;
        Dictionary<Guid, WebhookEndpoint> endpoints;
        await using (var db = contexts.CreateForSystem())
        {
            messages = await db.Messages.Where(m => messageIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id);
            endpoints = await db.Endpoints.Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id);
        }

        var results = new ConcurrentBag<Result>();
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Concurrency) }, async (delivery, ct) =>
        {
            if (!endpoints.TryGetValue(delivery.EndpointId, out var endpoint) || !endpoint.Enabled)
            {
                results.Add(new Result(delivery.Id, null, null, clock.GetUtcNow()));
                return;
            }

            var message = messages[delivery.MessageId];
            var at = clock.GetUtcNow();
            var (outcome, response) = await http.SendAsync(endpoint.Url, message.WebhookId, message.Body, endpoint.SigningSecrets(at), CancellationToken.None);
            results.Add(new Result(delivery.Id, outcome, response, at));
        });

        await RecordAsync(contexts, [.. results]);
        return results.Count(r => r.Outcome is not null);
    }

    /// <summary>Records the attempts, again on fresh rows should an administrator change an endpoint at the same moment.</summary>
    private async Task RecordAsync(ModuleDbContextFactory<IntegrationsDbContext> contexts, IReadOnlyList<Result> results)
    {
        var schedule = options.Value.Schedule;
        for (var attempt = 1; ; attempt++)
        {
            await using var db = contexts.CreateForSystem();
            var ids = results.Select(r => r.DeliveryId).ToList();
            var deliveries = await db.Deliveries.AsTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id);
            var endpointIds = deliveries.Values.Select(d => d.EndpointId).Distinct().ToList();
            var endpoints = await db.Endpoints.AsTracking().Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id);
            foreach (var result in results.OrderBy(r => r.At))
            {
                var delivery = deliveries[result.DeliveryId];
                endpoints.TryGetValue(delivery.EndpointId, out var endpoint);
                if (result.Outcome is not { } outcome)
                {
                    delivery.Abandon(endpoint is null ? "The endpoint was deleted." : "The endpoint is disabled.");
                    continue;
                }

                var disabled = false;
                if (endpoint is not null)
                {
                    if (outcome.Succeeded)
                    {
                        endpoint.Succeeded();
                    }
                    else if (outcome.Gone)
                    {
                        endpoint.Disable("The receiver answered 410 Gone.");
                        disabled = true;
                    }
                    else if (endpoint.Failed(result.At))
                    {
                        disabled = true;
                        logger.LogWarning("Webhook endpoint {Endpoint} was disabled: {Reason}", endpoint.Id, endpoint.DisabledReason);
                    }
                }

                var number = delivery.Record(outcome, result.At, schedule, giveUp: disabled);
                db.Attempts.Add(WebhookAttempt.Of(delivery, number, result.At, outcome, result.Response));
            }

            try
            {
                await db.SaveChangesAsync();
                return;
            }
            catch (StaleRecordException) when (attempt < 3)
            {
            }
        }
    }

    private sealed record Result(Guid DeliveryId, WebhookAttemptOutcome? Outcome, string? Response, DateTimeOffset At);
}

/// <summary>Runs the sender when woken by queued events, and at least every <see cref="WebhookOptions.PollSeconds"/> for retries that come due.</summary>
internal sealed class WebhookSenderService(WebhookSender sender, WebhookWake wake, IOptions<WebhookOptions> options, IOptions<OutboxOptions> outbox,
    TimeProvider clock, ILogger<WebhookSenderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The same switch as the outbox dispatcher that feeds it: tests turn both off and run them by hand.
        if (!outbox.Value.Enabled)
        {
            return;
        }

        var poll = TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = wake.Next;
            try
            {
                await sender.SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Sending webhooks failed");
            }

            try
            {
                await Task.WhenAny(woken, Task.Delay(poll, clock, stoppingToken)).WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
