using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Integrations.Api;

/// <summary>The endpoint (or delivery) a mutation is about.</summary>
internal sealed record WebhookIdInput
{
    public string? Id { get; init; }
}

/// <summary>An input of one id, under the mutation's own input name (each a class of its own: the host registers graph types by scanning).</summary>
internal abstract class WebhookIdInputGraphType : TypedInputGraphType<WebhookIdInput>
{
    protected WebhookIdInputGraphType(string name, string description)
        : base(name, description)
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
    }

    protected override WebhookIdInput Bind(InputValues values) => new() { Id = values.RawText("id") };
}

internal sealed class DeleteWebhookEndpointInputGraphType() : WebhookIdInputGraphType("DeleteWebhookEndpointInput", "The endpoint to delete.");

internal sealed class RotateWebhookSecretInputGraphType() : WebhookIdInputGraphType("RotateWebhookSecretInput", "The endpoint whose secret to replace.");

internal sealed class SendTestWebhookInputGraphType() : WebhookIdInputGraphType("SendTestWebhookInput", "The endpoint to test.");

internal sealed class ReplayWebhookDeliveryInputGraphType() : WebhookIdInputGraphType("ReplayWebhookDeliveryInput", "The delivery to send again.");
