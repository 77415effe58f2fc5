using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Delivery;
using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Integrations.Features.UpdateWebhookEndpoint;

/// <summary>Changes an endpoint; disabling it fails its pending deliveries (replay them once it is back on).</summary>
internal sealed class UpdateWebhookEndpointHandler(ModuleDbContextFactory<IntegrationsDbContext> contexts, WebhookCatalogue catalogue)
{
    public async Task<WebhookEndpoint> HandleAsync(UpdateWebhookEndpointInput input, CancellationToken ct)
    {
        var id = GlobalId.Decode(input.Id, "WebhookEndpoint", "id");
        var validator = new Validator();
        catalogue.Check(validator, input.Url, input.EventTypes, input.Description.Or(null));
        validator.ThrowIfInvalid();
        await using var db = contexts.Create();
        var endpoint = await db.Endpoints.AsTracking().FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw AppException.NotFound("WebhookEndpoint", InputValues.Clean(input.Id)!);
        db.ExpectVersion(endpoint, input.Version);
        endpoint.Change(input.Url, input.EventTypes?.Distinct().ToList(), input.Description.Or(null), input.Enabled);
        if (input.Description is { HasValue: true, Value: null })
        {
            endpoint.ClearDescription();
        }

        if (!endpoint.Enabled)
        {
            await EndpointDeliveries.AbandonPendingAsync(db, endpoint.Id, "The endpoint is disabled.", ct);
        }

        await db.SaveChangesAsync(ct);
        return endpoint;
    }
}
