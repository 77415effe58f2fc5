namespace SalesSuite.SharedKernel.Events;

/// <summary>Handles an event of another module; register it with <c>services.AddIntegrationEventHandler</c>.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, IntegrationContext context, CancellationToken cancellationToken);
}
