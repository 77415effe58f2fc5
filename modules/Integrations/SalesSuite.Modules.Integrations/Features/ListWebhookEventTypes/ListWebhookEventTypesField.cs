using GraphQL.Types;
using SalesSuite.Modules.Integrations.Api;
using SalesSuite.Modules.Integrations.Delivery;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Integrations.Features.ListWebhookEventTypes;

internal static class ListWebhookEventTypesField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.CreateWith<WebhookCatalogue>(
            "webhookEventTypes",
            new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("WebhookEventType")))),
            (_, catalogue) => Task.FromResult<object?>(catalogue.Types),
            "The event types an endpoint may subscribe to, by name: the built-in modules' and those vendor modules add.")
            .RequirePermission(PermissionNames.IntegrationsManage));
}
