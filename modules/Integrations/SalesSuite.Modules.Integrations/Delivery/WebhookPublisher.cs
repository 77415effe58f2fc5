using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Integrations.Contracts;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Integrations.Delivery;

/// <summary>
/// Queues an event for the tenant's enabled endpoints that take its type, in one transaction with the inbox record of the integration
/// message it came from: a redelivered message queues nothing twice, and an event no endpoint takes costs one read. An endpoint gets
/// the events committed since it was created, not a backlog the outbox still held when it was.
/// </summary>
internal sealed class WebhookPublisher(ModuleDbContextFactory<IntegrationsDbContext> contexts, WebhookWake wake, TimeProvider clock, ITenantContext tenant)
    : IWebhookPublisher
{
    public async Task PublishAsync(WebhookEvent webhookEvent, IntegrationContext context, CancellationToken cancellationToken)
    {
        if (!tenant.Tenant.IsModuleEnabled(IntegrationsModule.ModuleName))
        {
            return;     // the tenant's admins cannot see or stop its webhooks while the module is off for it
        }

        await using var db = contexts.CreateForSystem();
        var endpoints = (await db.Endpoints.Where(e => e.Enabled && e.CreatedAt <= context.OccurredAt)
                .Select(e => new { e.Id, e.EventTypes }).ToListAsync(cancellationToken))
            .Where(e => e.EventTypes.Contains(webhookEvent.Type)).Select(e => e.Id).ToList();
        if (endpoints.Count == 0)
        {
            return;
        }

        await db.HandleOnceAsync(context, "webhook:" + webhookEvent.Type,
            () => WebhookQueue.QueueAsync(db, webhookEvent, endpoints, clock.GetUtcNow(), cancellationToken), cancellationToken);
        wake.Signal();
    }
}
