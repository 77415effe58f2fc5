using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Domain;

namespace SalesSuite.Modules.Integrations.Api;

/// <summary>A delivery with its message's number and body, as <c>webhookDeliveries</c> lists it (one query joins them).</summary>
internal sealed class WebhookDeliveryRow
{
    public Guid Id { get; init; }

    public Guid EndpointId { get; init; }

    public Guid MessageId { get; init; }

    public string EventType { get; init; } = string.Empty;

    public long Sequence { get; init; }

    public string Body { get; init; } = string.Empty;

    public WebhookDeliveryStatus Status { get; init; }

    public int Attempts { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }

    public DateTimeOffset? LastAttemptAt { get; init; }

    public int? LastStatusCode { get; init; }

    public string? LastError { get; init; }

    public static IQueryable<WebhookDeliveryRow> Query(IntegrationsDbContext db) =>
        from d in db.Deliveries
        join m in db.Messages on d.MessageId equals m.Id
        select new WebhookDeliveryRow
        {
            Id = d.Id,
            EndpointId = d.EndpointId,
            MessageId = d.MessageId,
            EventType = d.EventType,
            Sequence = m.Sequence,
            Body = m.Body,
            Status = d.Status,
            Attempts = d.Attempts,
            CreatedAt = d.CreatedAt,
            NextAttemptAt = d.NextAttemptAt,
            LastAttemptAt = d.LastAttemptAt,
            LastStatusCode = d.LastStatusCode,
            LastError = d.LastError,
        };
}
