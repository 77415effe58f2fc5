using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Integrations.Api;
using SalesSuite.Modules.Integrations.Contracts;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Delivery;
using SalesSuite.Modules.Integrations.Features.CreateWebhookEndpoint;
using SalesSuite.Modules.Integrations.Features.DeleteWebhookEndpoint;
using SalesSuite.Modules.Integrations.Features.ReplayWebhookDelivery;
using SalesSuite.Modules.Integrations.Features.RotateWebhookSecret;
using SalesSuite.Modules.Integrations.Features.SendTestWebhook;
using SalesSuite.Modules.Integrations.Features.UpdateWebhookEndpoint;
using SalesSuite.Modules.Integrations.Integration;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Integrations;

/// <summary>
/// Integrations: signed webhooks (Standard Webhooks) fed by the modules' committed events, with retries, an SSRF guard and a delivery log.
/// </summary>
public sealed class IntegrationsModule : IModule
{
    internal const string ModuleName = "Integrations";

    public string Name => ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IntegrationsDbContext>(Name);
        WebhookOptions.Check(configuration);
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        services.AddSingleton<WebhookCatalogue>();
        services.AddSingleton<WebhookWake>();
        services.AddSingleton<WebhookHttp>();
        services.AddSingleton<WebhookSender>();
        services.AddHostedService<WebhookSenderService>();
        services.AddScoped<IWebhookPublisher, WebhookPublisher>();
        CoreWebhookEvents.Add(services);

        services.AddScoped<CreateWebhookEndpointHandler>();
        services.AddScoped<UpdateWebhookEndpointHandler>();
        services.AddScoped<DeleteWebhookEndpointHandler>();
        services.AddScoped<RotateWebhookSecretHandler>();
        services.AddScoped<ReplayWebhookDeliveryHandler>();
        services.AddScoped<SendTestWebhookHandler>();
    }

    public void AddSchema(ISchemaSlice schema) => WebhookSchema.Build(schema);
}
