using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Integrations.Api;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Delivery;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Integrations.Features.ReplayWebhookDelivery;

/// <summary>Sends a delivery again now, with the same webhook-id and body and a fresh retry schedule.</summary>
internal sealed class ReplayWebhookDeliveryHandler(ModuleDbContextFactory<IntegrationsDbContext> contexts, WebhookWake wake, TimeProvider clock)
{
    public async Task<WebhookDeliveryRow> HandleAsync(WebhookIdInput input, CancellationToken ct)
    {
        var id = GlobalId.Decode(input.Id, "WebhookDelivery", "id");
        await using var db = contexts.Create();
        var delivery = await db.Deliveries.AsTracking().FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw AppException.NotFound("WebhookDelivery", InputValues.Clean(input.Id)!);
        var endpoint = await db.Endpoints.FirstOrDefaultAsync(e => e.Id == delivery.EndpointId, ct);
        if (endpoint is not { Enabled: true })
        {
            throw new AppException(ErrorCodes.Conflict, endpoint is null
                ? "The delivery's endpoint was deleted."
                : "The delivery's endpoint is disabled: turn it on (updateWebhookEndpoint, enabled: true) before replaying.");
        }

        delivery.Replay(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        wake.Signal();
        return await WebhookDeliveryRow.Query(db).FirstAsync(d => d.Id == id, ct);
    }
}
