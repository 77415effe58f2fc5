using SalesSuite.SharedKernel.Data;

namespace SalesSuite.SharedKernel.Events;

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
