using SalesSuite.Modules.Integrations.Api;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Integrations.Features.RotateWebhookSecret;

internal static class RotateWebhookSecretField
{
    public static void Register(ISchemaSlice slice, GraphQL.Types.IGraphType payload) =>
        slice.AddMutation<RotateWebhookSecretHandler, WebhookIdInput>("rotateWebhookSecret",
            new RotateWebhookSecretInputGraphType(), payload,
            "Gives the endpoint a new secret, shown only here. For 24 hours deliveries carry a signature by each secret, so the receiver can switch.",
            async (handler, input, ct) =>
            {
                var (endpoint, secret) = await handler.HandleAsync(input, ct);
                return new Dictionary<string, object?> { ["endpoint"] = endpoint, ["secret"] = secret };
            })
            .RequirePermission(PermissionNames.IntegrationsManage);
}
