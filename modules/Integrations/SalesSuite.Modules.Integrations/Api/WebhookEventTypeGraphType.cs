using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Integrations.Contracts;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Integrations.Api;

internal sealed class WebhookEventTypeGraphType : ObjectGraphType<WebhookEventType>
{
    public WebhookEventTypeGraphType()
    {
        Name = "WebhookEventType";
        Field(x => x.Name);
        Field(x => x.Description);
    }
}
