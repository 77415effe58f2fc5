using GraphQL.Types;
using SalesSuite.Modules.Integrations.Api;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Integrations.Features.DeleteWebhookEndpoint;

internal static class DeleteWebhookEndpointField
{
    public static void Register(ISchemaSlice slice)
    {
        var payload = new ObjectGraphType { Name = "DeleteWebhookEndpointPayload" };
        payload.AddField(Fields.Read("deletedId", new NonNullGraphType(new IdGraphType()),
            s => GlobalId.Encode("WebhookEndpoint", (Guid)((IDictionary<string, object?>)s)["id"]!)));
        slice.AddMutation<DeleteWebhookEndpointHandler, WebhookIdInput>("deleteWebhookEndpoint",
            new DeleteWebhookEndpointInputGraphType(), payload,
            "Deletes a webhook endpoint: nothing more is sent to it; its delivery history stays.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["id"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(PermissionNames.IntegrationsManage);
    }
}
