using GraphQL.Types;
using SalesSuite.Modules.Integrations.Api;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Integrations.Features.ListWebhookEndpoints;

internal static class ListWebhookEndpointsField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.Create(
            "webhookEndpoints",
            new NonNullGraphType(ConnectionTypes.For(slice, "WebhookEndpoint")),
            async ctx =>
            {
                await using var db = ctx.Db<IntegrationsDbContext>();
                return await WebhookSchema.Endpoints.ToConnectionAsync(db.Endpoints, ctx, q => q.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id));
            },
            "The tenant's webhook endpoints, oldest first.",
            WebhookSchema.Endpoints.Arguments(slice))
            .RequirePermission(PermissionNames.IntegrationsManage));
}
