using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Integrations.Api;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Integrations.Features.ListWebhookDeliveries;

internal static class ListWebhookDeliveriesField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.Create(
            "webhookDeliveries",
            new NonNullGraphType(ConnectionTypes.For(slice, "WebhookDelivery")),
            async ctx =>
            {
                await using var db = ctx.Db<IntegrationsDbContext>();
                var query = WebhookDeliveryRow.Query(db);
                if (ctx.GetArgument<string?>("endpointId") is { } endpoint)
                {
                    var id = GlobalId.Decode(endpoint, "WebhookEndpoint", "endpointId");
                    query = query.Where(d => d.EndpointId == id);
                }

                if (ctx.GetArgument<WebhookDeliveryStatus?>("status") is { } status)
                {
                    query = query.Where(d => d.Status == status);
                }

                return await WebhookSchema.Deliveries.ToConnectionAsync(query, ctx, q => q.OrderByDescending(d => d.Sequence).ThenBy(d => d.EndpointId));
            },
            "The webhook deliveries, newest event first; of one endpoint, in one status.",
            WebhookSchema.Deliveries.Arguments(
                slice,
                new QueryArgument(new IdGraphType()) { Name = "endpointId" },
                new QueryArgument(new GraphQLTypeReference("WebhookDeliveryStatus")) { Name = "status" }))
            .RequirePermission(PermissionNames.IntegrationsManage));
}
