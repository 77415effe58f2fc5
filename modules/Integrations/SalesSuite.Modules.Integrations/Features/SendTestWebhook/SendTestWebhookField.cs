using SalesSuite.Modules.Integrations.Api;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Integrations.Features.SendTestWebhook;

internal static class SendTestWebhookField
{
    public static void Register(ISchemaSlice slice, GraphQL.Types.IGraphType payload) =>
        slice.AddMutation<SendTestWebhookHandler, WebhookIdInput>("sendTestWebhook",
            new SendTestWebhookInputGraphType(), payload,
            "Sends the endpoint a signed webhook.test event now; its delivery shows what the receiver answered.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["delivery"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(PermissionNames.IntegrationsManage);
}
