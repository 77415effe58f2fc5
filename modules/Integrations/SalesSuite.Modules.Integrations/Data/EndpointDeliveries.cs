using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Integrations.Domain;

namespace SalesSuite.Modules.Integrations.Data;

internal static class EndpointDeliveries
{
    /// <summary>Fails the endpoint's pending deliveries (saved with the caller's change).</summary>
    public static async Task AbandonPendingAsync(IntegrationsDbContext db, Guid endpointId, string reason, CancellationToken ct)
    {
        foreach (var delivery in await db.Deliveries.AsTracking()
            .Where(d => d.EndpointId == endpointId && d.Status == WebhookDeliveryStatus.Pending).ToListAsync(ct))
        {
            delivery.Abandon(reason);
        }
    }
}
