using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Integrations.Contracts;

/// <summary>
/// Queues a webhook event for the tenant's endpoints that subscribe to its type, once per integration message: a second
/// delivery of the same message queues nothing. Implemented by the Integrations module; absent when it is turned off.
/// </summary>
public interface IWebhookPublisher
{
    Task PublishAsync(WebhookEvent webhookEvent, IntegrationContext context, CancellationToken cancellationToken);
}
