using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Integrations.Contracts;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Integrations.Api;

internal sealed class WebhookDeliveryStatusGraphType : EnumerationGraphType<WebhookDeliveryStatus>
{
    public WebhookDeliveryStatusGraphType()
    {
        Name = "WebhookDeliveryStatus";
        Description = "PENDING until an attempt gets a 2xx (SUCCEEDED) or the retry schedule ends (FAILED).";
    }
}
