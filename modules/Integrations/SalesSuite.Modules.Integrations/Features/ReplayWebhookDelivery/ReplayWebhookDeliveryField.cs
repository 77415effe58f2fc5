using SalesSuite.Modules.Integrations.Api;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Integrations.Features.ReplayWebhookDelivery;

internal static class ReplayWebhookDeliveryField
{
    public static void Register(ISchemaSlice slice, GraphQL.Types.IGraphType payload) =>
        slice.AddMutation<ReplayWebhookDeliveryHandler, WebhookIdInput>("replayWebhookDelivery",
            new ReplayWebhookDeliveryInputGraphType(), payload,
            "Sends a delivery again now (same webhook-id and body, a fresh retry schedule), e.g. after the receiver was fixed.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["delivery"] = await handler.HandleAsync(input, ct) })
            .RequirePermission(PermissionNames.IntegrationsManage);
}
