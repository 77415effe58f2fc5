using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Integrations.Domain;

/// <summary>
/// One webhook event as it is sent: its body is fixed when it is queued, so every attempt and every endpoint gets the same bytes,
/// and its id (<c>webhook-id</c>) stays the same across retries. <see cref="Sequence"/> numbers the tenant's events in order.
/// </summary>
internal sealed class WebhookMessage : TenantEntity
{
    public string EventType { get; init; } = string.Empty;

    public long Sequence { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public string Body { get; init; } = "{}";

    /// <summary>The <c>webhook-id</c> header: <c>msg_</c> and the id.</summary>
    public string WebhookId => "msg_" + Id.ToString("N");

    public static WebhookMessage Create(string eventType, long sequence, DateTimeOffset occurredAt, string body) =>
        new() { EventType = eventType, Sequence = sequence, OccurredAt = occurredAt, Body = body };
}

/// <summary>The tenant's last webhook sequence number; the number is its own concurrency token, so two writers cannot take the same.</summary>
internal sealed class WebhookSequence : TenantEntity
{
    public long Last { get; private set; }

    public long Next() => ++Last;
}
