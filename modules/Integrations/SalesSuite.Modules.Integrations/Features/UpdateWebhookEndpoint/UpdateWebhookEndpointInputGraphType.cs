using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Integrations.Features.UpdateWebhookEndpoint;

internal sealed class UpdateWebhookEndpointInputGraphType : TypedInputGraphType<UpdateWebhookEndpointInput>
{
    public UpdateWebhookEndpointInputGraphType()
        : base("UpdateWebhookEndpointInput", "The fields to change; those left out stay. A version, when given, must be the current one.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
        Input("url", new StringGraphType());
        Input("eventTypes", new ListGraphType(new NonNullGraphType(new StringGraphType())));
        Input("description", new StringGraphType(), "null clears it.");
        Input("enabled", new BooleanGraphType(), "true turns a disabled endpoint back on; false stops its deliveries.");
    }

    protected override UpdateWebhookEndpointInput Bind(InputValues values) => new()
    {
        Id = values.RawText("id"),
        Version = values.Value<long>("version"),
        Url = values.Text("url"),
        EventTypes = values.Texts("eventTypes"),
        Description = values.OptionalText("description"),
        Enabled = values.Value<bool>("enabled"),
    };
}
