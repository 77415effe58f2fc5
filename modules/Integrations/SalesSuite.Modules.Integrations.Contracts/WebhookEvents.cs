using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Integrations.Contracts;

public static class WebhookEvents
{
    /// <summary>
    /// Sends an integration event of this module to webhooks: <paramref name="describe"/> turns it into the webhook event (or null for
    /// none), <paramref name="types"/> are the catalogue entries it may produce. A vendor module calls this in its <c>AddServices</c>; the
    /// event leaves through the module's outbox, so nothing is sent for a change that rolled back.
    /// </summary>
    public static IServiceCollection AddWebhookEvents<TEvent>(this IServiceCollection services, Func<TEvent, WebhookEvent?> describe,
        params WebhookEventType[] types)
        where TEvent : IIntegrationEvent
    {
        foreach (var type in types)
        {
            services.AddSingleton(type);
        }

        services.AddSingleton(new WebhookEventMapping<TEvent>(describe));
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IIntegrationEventHandler<TEvent>, WebhookRelay<TEvent>>());
        return services;
    }
}

/// <summary>How the integration events of one type become webhook events (several registrations of one type each add theirs).</summary>
public sealed class WebhookEventMapping<TEvent>(Func<TEvent, WebhookEvent?> describe)
    where TEvent : IIntegrationEvent
{
    public WebhookEvent? Describe(TEvent integrationEvent) => describe(integrationEvent);
}

/// <summary>Hands an integration event to the webhook publisher through every mapping of its type; does nothing when Integrations is off.</summary>
internal sealed class WebhookRelay<TEvent>(IEnumerable<WebhookEventMapping<TEvent>> mappings, IWebhookPublisher? publisher = null)
    : IIntegrationEventHandler<TEvent>
    where TEvent : IIntegrationEvent
{
    public async Task HandleAsync(TEvent integrationEvent, IntegrationContext context, CancellationToken cancellationToken)
    {
        if (publisher is null)
        {
            return;
        }

        foreach (var webhookEvent in mappings.Select(m => m.Describe(integrationEvent)).OfType<WebhookEvent>())
        {
            await publisher.PublishAsync(webhookEvent, context, cancellationToken);
        }
    }
}
