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
/// Sends every tenant's due deliveries. Each step claims as many as are sent at once (one save, the versions guarding it), sends
/// them, then records each attempt and its endpoint's health, only for rows still as it claimed them. A crash between claim and
/// record leaves the delivery pending; it is sent again when the claim ends, with the same <c>webhook-id</c>, so receivers
/// de-duplicate it.
/// </summary>
internal sealed class WebhookSender(ITenantStore tenants, IServiceScopeFactory scopes, WebhookHttp http, IOptions<WebhookOptions> options,
    TimeProvider clock, ILogger<WebhookSender> logger)
{
    /// <summary>At most this many deliveries of one tenant per round, so that one busy tenant does not hold the others up for long.</summary>
    private const int RoundSize = 100;

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
        if (!tenant.IsModuleEnabled(IntegrationsModule.ModuleName))
        {
            return 0;
        }

        await using var scope = scopes.CreateTenantScope(tenant);
        var audit = scope.ServiceProvider.GetRequiredService<IAuditContext>();
        audit.ActorId = "system";
        audit.Operation = "webhook:send";
        var contexts = scope.ServiceProvider.GetRequiredService<ModuleDbContextFactory<IntegrationsDbContext>>();
        var sent = 0;
        while (sent < RoundSize)
        {
            var chunk = await SendChunkAsync(contexts);
            if (chunk == 0)
            {
                break;
            }

            sent += chunk;
        }

        return sent;
    }

    /// <summary>
    /// Claims as many due deliveries as are sent at once, sends them and records them: each claim lasts one attempt's time-out and
    /// a margin, so a claim never runs out while its attempt is on the wire. Returns how many were claimed.
    /// </summary>
    private async Task<int> SendChunkAsync(ModuleDbContextFactory<IntegrationsDbContext> contexts)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        List<WebhookDelivery> claimed;
        await using (var db = contexts.CreateForSystem())
        {
            claimed = await db.Deliveries.AsTracking()
                .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Take(Math.Max(1, settings.Concurrency)).ToListAsync();
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

        var results = await Task.WhenAll(claimed.Select(delivery => AttemptAsync(delivery, endpoints, messages)));
        await RecordAsync(contexts, results);
        return claimed.Count;
    }

    /// <summary>One attempt; whatever goes wrong becomes its outcome, so every claimed delivery is recorded.</summary>
    private async Task<Result> AttemptAsync(WebhookDelivery delivery, Dictionary<Guid, WebhookEndpoint> endpoints, Dictionary<Guid, WebhookMessage> messages)
    {
        var at = clock.GetUtcNow();
        if (!endpoints.TryGetValue(delivery.EndpointId, out var endpoint) || !endpoint.Enabled)
        {
            return new Result(delivery.Id, delivery.Version, null, null, at);
        }

        try
        {
            var message = messages[delivery.MessageId];
            var (outcome, response) = await http.SendAsync(endpoint.Url, message.WebhookId, message.Body, endpoint.SigningSecrets(at), CancellationToken.None);
            return new Result(delivery.Id, delivery.Version, outcome, response, at);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Webhook delivery {Delivery} failed before it was sent", delivery.Id);
            return new Result(delivery.Id, delivery.Version, new WebhookAttemptOutcome(null, "The delivery could not be sent: " + ex.GetType().Name, null,
                clock.GetUtcNow() - at), null, at);
        }
    }

    /// <summary>
    /// Records the attempts of deliveries still as this sender claimed them (a row whose version moved on was taken over, e.g. by a
    /// replay), again on fresh rows should an administrator change an endpoint at the same moment. A disabled endpoint's other
    /// pending deliveries fail with it.
    /// </summary>
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
            var disabled = new HashSet<Guid>();
            foreach (var result in results.OrderBy(r => r.At))
            {
                if (!deliveries.TryGetValue(result.DeliveryId, out var delivery) || delivery.Version != result.ClaimedVersion)
                {
                    continue;
                }

                endpoints.TryGetValue(delivery.EndpointId, out var endpoint);
                if (result.Outcome is not { } outcome)
                {
                    delivery.Abandon(endpoint is null ? "The endpoint was deleted." : "The endpoint is disabled.");
                    continue;
                }

                var giveUp = false;
                if (endpoint is not null)
                {
                    if (outcome.Succeeded)
                    {
                        endpoint.Succeeded();
                    }
                    else if (outcome.Gone)
                    {
                        endpoint.Disable("The receiver answered 410 Gone.");
                        giveUp = true;
                    }
                    else if (endpoint.Failed(result.At))
                    {
                        giveUp = true;
                        logger.LogWarning("Webhook endpoint {Endpoint} was disabled: {Reason}", endpoint.Id, endpoint.DisabledReason);
                    }

                    if (giveUp)
                    {
                        disabled.Add(endpoint.Id);
                    }
                }

                var number = delivery.Record(outcome, result.At, schedule, giveUp);
                db.Attempts.Add(WebhookAttempt.Of(delivery, number, result.At, outcome, result.Response));
            }

            foreach (var endpointId in disabled)
            {
                await EndpointDeliveries.AbandonPendingAsync(db, endpointId, "The endpoint is disabled.", CancellationToken.None);
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

    private sealed record Result(Guid DeliveryId, long ClaimedVersion, WebhookAttemptOutcome? Outcome, string? Response, DateTimeOffset At);
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
