using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Integrations.Api;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Delivery;
using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Integrations.Features.RotateWebhookSecret;

/// <summary>Gives an endpoint a new secret; the old one keeps signing (beside the new) for 24 hours.</summary>
internal sealed class RotateWebhookSecretHandler(ModuleDbContextFactory<IntegrationsDbContext> contexts, TimeProvider clock)
{
    public async Task<(WebhookEndpoint Endpoint, string Secret)> HandleAsync(WebhookIdInput input, CancellationToken ct)
    {
        var id = GlobalId.Decode(input.Id, "WebhookEndpoint", "id");
        await using var db = contexts.Create();
        var endpoint = await db.Endpoints.AsTracking().FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw AppException.NotFound("WebhookEndpoint", InputValues.Clean(input.Id)!);
        var secret = WebhookSigner.NewSecret();
        endpoint.Rotate(secret, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return (endpoint, secret);
    }
}
