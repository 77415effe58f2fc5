using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Data;

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

/// <summary>An event waiting in the publishing module's outbox, written in the same transaction as the change.</summary>
public sealed class OutboxMessage : TenantEntity
{
    public string EventType { get; set; } = string.Empty;

    public string Payload { get; set; } = "{}";

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public void AssignId(Guid id) => Id = id;
}

/// <summary>A delivered event a handler has applied, written in the handler's transaction: a redelivery changes nothing.</summary>
public sealed class InboxMessage : TenantEntity
{
    public Guid MessageId { get; set; }

    public string Handler { get; set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; set; }
}

public static class InboxExtensions
{
    /// <summary>
    /// Runs <paramref name="apply"/> and saves it with an inbox record, once per message and handler: the second delivery
    /// of the same message finds the record and does nothing.
    /// </summary>
    public static async Task HandleOnceAsync(this ModuleDbContext db, IntegrationContext context, string handler, Func<Task> apply, CancellationToken cancellationToken)
    {
        if (await db.Set<InboxMessage>().AnyAsync(m => m.MessageId == context.MessageId && m.Handler == handler, cancellationToken))
        {
            return;
        }

        await apply();
        db.Set<InboxMessage>().Add(new InboxMessage { MessageId = context.MessageId, Handler = handler, ReceivedAt = db.Now });
        await db.SaveChangesAsync(cancellationToken);
    }
}
