using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Integrations.Features.CreateWebhookEndpoint;

internal sealed class CreateWebhookEndpointInputGraphType : TypedInputGraphType<CreateWebhookEndpointInput>
{
    public CreateWebhookEndpointInputGraphType()
        : base("CreateWebhookEndpointInput", "A new receiver of webhook events.")
    {
        Input("url", new NonNullGraphType(new StringGraphType()), "An absolute http or https URL; internal addresses are refused.");
        Input("eventTypes", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))), "Names from webhookEventTypes.");
        Input("description", new StringGraphType());
    }

    protected override CreateWebhookEndpointInput Bind(InputValues values) =>
        new() { Url = values.Text("url"), EventTypes = values.Texts("eventTypes"), Description = values.Text("description") };
}
