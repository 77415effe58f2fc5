namespace SalesSuite.SharedKernel.Events;

/// <summary>A fact one module tells the others (declare it as a record in the module's Contracts assembly).</summary>
public interface IIntegrationEvent
{
}

/// <summary>The delivery of one event: its message id is what makes handling idempotent.</summary>
public sealed record IntegrationContext(Guid MessageId, string TenantId, DateTimeOffset OccurredAt);

/// <summary>Handles an event of another module; register it with <c>services.AddIntegrationEventHandler</c>.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, IntegrationContext context, CancellationToken cancellationToken);
}
