using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Integrations.Contracts;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Integrations.Api;

internal sealed class WebhookEndpointGraphType : ObjectGraphType<WebhookEndpoint>
{
    public WebhookEndpointGraphType()
    {
        Name = "WebhookEndpoint";
        Description = "A receiver of the tenant's webhook events (INT1). Its secret is shown only when created or rotated.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("WebhookEndpoint", ctx.Source.Id));
        Field(x => x.Url);
        Field(x => x.Description, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("eventTypes").Resolve(ctx => ctx.Source.EventTypes);
        Field(x => x.Enabled).Description("False after a 410 Gone, after five days of failures, or when an admin turned it off.");
        Field(x => x.DisabledReason, nullable: true);
        Field(x => x.FailingSince, nullable: true).Description("Since when every delivery has failed; null after a success.");
        Field(x => x.PreviousSecretExpiresAt, nullable: true).Description("Until when the secret replaced by the last rotation still signs.");
        Field(x => x.CreatedBy);
        Field(x => x.CreatedAt);
        Field(x => x.UpdatedAt);
        Field(x => x.Version);
    }
}
