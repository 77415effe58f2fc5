using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Integrations.Contracts;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Integrations.Delivery;

/// <summary>
/// Numbers an event and queues it for the tenant's enabled endpoints that take its type, in one transaction with the inbox record of the
/// integration message it came from (a redelivered message queues nothing twice), then tells the tenant's subscriptions. An endpoint gets
/// the events committed since it was created, not a backlog the outbox still held when it was.
/// </summary>
internal sealed class WebhookPublisher(ModuleDbContextFactory<IntegrationsDbContext> contexts, WebhookWake wake, TimeProvider clock, ITenantContext tenant,
    ILiveEvents live)
    : IWebhookPublisher
{
    public async Task PublishAsync(WebhookEvent webhookEvent, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();

        // While the module is off for the tenant its admins cannot see or stop its webhooks: nothing is queued for them. Subscriptions
        // still get their numbered events.
        var endpoints = !tenant.Tenant.IsModuleEnabled(IntegrationsModule.ModuleName) ? []
            : (await db.Endpoints.Where(e => e.Enabled && e.CreatedAt <= context.OccurredAt)
                .Select(e => new { e.Id, e.EventTypes }).ToListAsync(cancellationToken))
            .Where(e => e.EventTypes.Contains(webhookEvent.Type)).Select(e => e.Id).ToList();

        // Every event is numbered, with or without endpoints: subscriptions carry the same sequence as webhooks.
        WebhookMessage? message = null;
        await db.HandleOnceAsync(context, "webhook:" + webhookEvent.Type,
            async () => message = await WebhookQueue.QueueAsync(db, webhookEvent, endpoints, clock.GetUtcNow(), cancellationToken), cancellationToken);
        if (message is null)
        {
            return;     // handled before: its subscribers and endpoints had it then
        }

        live.Publish(new LiveEvent(tenant.Tenant.Id, webhookEvent.Type, webhookEvent.RecordType, webhookEvent.RecordId, message.Sequence,
            webhookEvent.OccurredAt));
        if (endpoints.Count == 0)
        {
            return;
        }

        wake.Signal();
    }
}
