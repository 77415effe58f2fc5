using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Integrations.Features.CreateWebhookEndpoint;

internal static class CreateWebhookEndpointField
{
    public static void Register(ISchemaSlice slice, GraphQL.Types.IGraphType payload) =>
        slice.AddMutation<CreateWebhookEndpointHandler, CreateWebhookEndpointInput>("createWebhookEndpoint", new CreateWebhookEndpointInputGraphType(), payload,
            "Registers a webhook endpoint. The payload's secret (whsec_...) is shown only here: keep it to verify the signatures.",
            async (handler, input, ct) =>
            {
                var (endpoint, secret) = await handler.HandleAsync(input, ct);
                return new Dictionary<string, object?> { ["endpoint"] = endpoint, ["secret"] = secret };
            })
            .RequirePermission(PermissionNames.IntegrationsManage);
}
