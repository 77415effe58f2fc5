using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Integrations.Contracts;
using SalesSuite.Modules.Integrations.Data;
using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Integrations.Delivery;

/// <summary>Turns a webhook event into a numbered message with its body, and a delivery to each endpoint given (saved by the caller).</summary>
internal static class WebhookQueue
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<WebhookMessage> QueueAsync(IntegrationsDbContext db, WebhookEvent webhookEvent, IEnumerable<Guid> endpointIds, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var sequence = await db.Sequences.AsTracking().FirstOrDefaultAsync(cancellationToken);
        if (sequence is null)
        {
            sequence = new WebhookSequence();
            db.Sequences.Add(sequence);
        }

        var number = sequence.Next();
        var message = WebhookMessage.Create(webhookEvent.Type, number, webhookEvent.OccurredAt, Body(webhookEvent, number));
        db.Messages.Add(message);
        foreach (var endpointId in endpointIds)
        {
            db.Deliveries.Add(WebhookDelivery.Queue(message, endpointId, now));
        }

        return message;
    }

    /// <summary><c>{ "type", "timestamp", "sequence", "data": { "id", ...the record's fields } }</c>, the id being the record's global id.</summary>
    public static string Body(WebhookEvent webhookEvent, long sequence)
    {
        var data = new JsonObject { ["id"] = GlobalId.Encode(webhookEvent.RecordType, webhookEvent.RecordId) };
        if (JsonSerializer.SerializeToNode(webhookEvent.Data, webhookEvent.Data.GetType(), Json) is JsonObject fields)
        {
            foreach (var (name, value) in fields.ToList())
            {
                fields.Remove(name);
                data[name] = value;
            }
        }

        var body = new JsonObject
        {
            ["type"] = webhookEvent.Type,
            ["timestamp"] = webhookEvent.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["sequence"] = sequence,
            ["data"] = data,
        };
        return body.ToJsonString();
    }
}

/// <summary>Wakes the sender when deliveries were queued, so an event leaves at once instead of at the next poll.</summary>
internal sealed class WebhookWake
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Next => Volatile.Read(ref _next).Task;

    public void Signal() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
