using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Delivery;
using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Integrations.Features.CreateWebhookEndpoint;

/// <summary>Registers an endpoint with a new secret, which the payload shows this once.</summary>
internal sealed class CreateWebhookEndpointHandler(ModuleDbContextFactory<IntegrationsDbContext> contexts, WebhookCatalogue catalogue, ICurrentUser user)
{
    public async Task<(WebhookEndpoint Endpoint, string Secret)> HandleAsync(CreateWebhookEndpointInput input, CancellationToken ct)
    {
        var validator = new Validator();
        if (input.Url is null)
        {
            validator.Add("url", "is required.");
        }

        catalogue.Check(validator, input.Url, input.EventTypes ?? [], input.Description);
        validator.ThrowIfInvalid();
        var secret = WebhookSigner.NewSecret();
        var endpoint = WebhookEndpoint.Create(input.Url!, [.. input.EventTypes!.Distinct()], input.Description, secret, user.UserIdOrThrow);
        await using var db = contexts.Create();
        db.Endpoints.Add(endpoint);
        await db.SaveChangesAsync(ct);
        return (endpoint, secret);
    }
}
