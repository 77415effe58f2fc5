using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Integrations.Api;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Integrations.Features.DeleteWebhookEndpoint;

/// <summary>Deletes an endpoint; its pending deliveries fail, its delivery history stays.</summary>
internal sealed class DeleteWebhookEndpointHandler(ModuleDbContextFactory<IntegrationsDbContext> contexts)
{
    public async Task<Guid> HandleAsync(WebhookIdInput input, CancellationToken ct)
    {
        var id = GlobalId.Decode(input.Id, "WebhookEndpoint", "id");
        await using var db = contexts.Create();
        var endpoint = await db.Endpoints.AsTracking().FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw AppException.NotFound("WebhookEndpoint", InputValues.Clean(input.Id)!);
        db.Endpoints.Remove(endpoint);
        await EndpointDeliveries.AbandonPendingAsync(db, id, "The endpoint was deleted.", ct);
        await db.SaveChangesAsync(ct);
        return id;
    }
}
