using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.Modules.Integrations.Features.CreateWebhookEndpoint;
using SalesSuite.Modules.Integrations.Features.DeleteWebhookEndpoint;
using SalesSuite.Modules.Integrations.Features.ListWebhookDeliveries;
using SalesSuite.Modules.Integrations.Features.ListWebhookEndpoints;
using SalesSuite.Modules.Integrations.Features.ListWebhookEventTypes;
using SalesSuite.Modules.Integrations.Features.ReplayWebhookDelivery;
using SalesSuite.Modules.Integrations.Features.RotateWebhookSecret;
using SalesSuite.Modules.Integrations.Features.SendTestWebhook;
using SalesSuite.Modules.Integrations.Features.UpdateWebhookEndpoint;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Integrations.Api;

/// <summary>Webhooks (INT1): the types, and the features in schema order. Admins only (<c>integrations.manage</c>).</summary>
internal static class WebhookSchema
{
    public static readonly QuerySpec<WebhookEndpoint> Endpoints = new QuerySpec<WebhookEndpoint>("WebhookEndpoint", e => e.Id)
        .Field("url", e => e.Url)
        .Field("enabled", e => e.Enabled)
        .Field("createdAt", e => e.CreatedAt);

    public static readonly QuerySpec<WebhookDeliveryRow> Deliveries = new QuerySpec<WebhookDeliveryRow>("WebhookDelivery", d => d.Id)
        .Field("eventType", d => d.EventType)
        .Field("sequence", d => d.Sequence)
        .Field("createdAt", d => d.CreatedAt)
        .Field("lastStatusCode", d => d.LastStatusCode);

    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<WebhookEndpointGraphType>();
        slice.AddType<WebhookDeliveryStatusGraphType>();
        slice.AddType<WebhookDeliveryGraphType>();
        slice.AddType<WebhookAttemptGraphType>();
        slice.AddType<WebhookEventTypeGraphType>();
        ListWebhookEventTypesField.Register(slice);
        ListWebhookEndpointsField.Register(slice);
        ListWebhookDeliveriesField.Register(slice);

        var withSecret = SchemaBuilders.Payload("WebhookEndpointSecretPayload", ("endpoint", "WebhookEndpoint"), ("secret", "String"));
        CreateWebhookEndpointField.Register(slice, withSecret);
        UpdateWebhookEndpointField.Register(slice);
        DeleteWebhookEndpointField.Register(slice);
        RotateWebhookSecretField.Register(slice, withSecret);
        var delivery = SchemaBuilders.Payload("WebhookDeliveryPayload", ("delivery", "WebhookDelivery"));
        SendTestWebhookField.Register(slice, delivery);
        ReplayWebhookDeliveryField.Register(slice, delivery);
    }
}
