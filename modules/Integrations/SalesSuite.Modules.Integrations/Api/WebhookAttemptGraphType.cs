using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Integrations.Contracts;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Integrations.Api;

internal sealed class WebhookAttemptGraphType : ObjectGraphType<WebhookAttempt>
{
    public WebhookAttemptGraphType()
    {
        Name = "WebhookAttempt";
        Field(x => x.Number);
        Field(x => x.AttemptedAt);
        Field(x => x.StatusCode, nullable: true).Description("Null when no answer came (refused, unreachable, timed out).");
        Field(x => x.DurationMs);
        Field(x => x.Error, nullable: true);
        Field(x => x.Response, nullable: true).Description("The first 500 characters of the receiver's answer.");
    }
}
