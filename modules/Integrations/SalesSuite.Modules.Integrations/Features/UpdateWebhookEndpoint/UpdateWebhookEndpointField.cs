using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Integrations.Features.UpdateWebhookEndpoint;

internal static class UpdateWebhookEndpointField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<UpdateWebhookEndpointHandler, UpdateWebhookEndpointInput>("updateWebhookEndpoint", new UpdateWebhookEndpointInputGraphType(),
            SchemaBuilders.Payload("UpdateWebhookEndpointPayload", ("endpoint", "WebhookEndpoint")),
            "Changes a webhook endpoint's URL, event types, description, or whether it is enabled.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["endpoint"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(PermissionNames.IntegrationsManage);
}
