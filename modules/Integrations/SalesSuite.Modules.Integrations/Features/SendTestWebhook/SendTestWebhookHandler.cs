using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Integrations.Api;
using SalesSuite.Modules.Integrations.Contracts;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Delivery;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Integrations.Features.SendTestWebhook;

/// <summary>Queues a <c>webhook.test</c> event for one endpoint, whatever types it takes, signed and retried like any other.</summary>
internal sealed class SendTestWebhookHandler(ModuleDbContextFactory<IntegrationsDbContext> contexts, WebhookWake wake, TimeProvider clock, ICurrentUser user)
{
    public async Task<WebhookDeliveryRow> HandleAsync(WebhookIdInput input, CancellationToken ct)
    {
        var id = GlobalId.Decode(input.Id, "WebhookEndpoint", "id");
        await using var db = contexts.Create();
        var endpoint = await db.Endpoints.FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw AppException.NotFound("WebhookEndpoint", InputValues.Clean(input.Id)!);
        if (!endpoint.Enabled)
        {
            throw new AppException(ErrorCodes.Conflict, "The endpoint is disabled: turn it on (updateWebhookEndpoint, enabled: true) to test it.");
        }

        var now = clock.GetUtcNow();
        var message = await WebhookQueue.QueueAsync(db, new WebhookEvent(WebhookCatalogue.TestEventType, "WebhookEndpoint", id, now,
            new { SentBy = user.UserIdOrThrow, Text = "A test event from SalesSuite." }), [id], now, ct);
        await db.SaveChangesAsync(ct);
        wake.Signal();
        return await WebhookDeliveryRow.Query(db).FirstAsync(d => d.MessageId == message.Id, ct);
    }
}
