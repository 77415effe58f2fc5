using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Integrations.Contracts;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Integrations.Api;

internal sealed class WebhookDeliveryGraphType : ObjectGraphType<WebhookDeliveryRow>
{
    public WebhookDeliveryGraphType()
    {
        Name = "WebhookDelivery";
        Description = "One event on its way to one endpoint, with every attempt.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("WebhookDelivery", ctx.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("endpointId").Resolve(ctx => GlobalId.Encode("WebhookEndpoint", ctx.Source.EndpointId));
        Field<NonNullGraphType<StringGraphType>>("webhookId").Description("The webhook-id header: the same on every attempt and replay.")
            .Resolve(ctx => "msg_" + ctx.Source.MessageId.ToString("N"));
        Field(x => x.EventType);
        Field(x => x.Sequence).Description("The event's number in the tenant's webhook events.");
        Field("payload", x => x.Body).Description("The JSON body, the same bytes on every attempt.");
        Field<NonNullGraphType<WebhookDeliveryStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field("attemptCount", x => x.Attempts);
        Field(x => x.CreatedAt);
        Field(x => x.NextAttemptAt, nullable: true);
        Field(x => x.LastAttemptAt, nullable: true);
        Field(x => x.LastStatusCode, nullable: true);
        Field(x => x.LastError, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookAttemptGraphType>>>>("attempts").Description("First attempt first.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<BatchLoaders>()
                .GetGrouped<Guid, WebhookAttempt>("webhookAttempts", async (ids, ct) =>
                {
                    await using var db = ctx.Db<IntegrationsDbContext>();
                    return await db.Attempts.Where(a => ids.Contains(a.DeliveryId)).OrderBy(a => a.DeliveryId).ThenBy(a => a.Number).ToListAsync(ct);
                }, a => a.DeliveryId)
                .Load(ctx.Source.Id));
    }
}
