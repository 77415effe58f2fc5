using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Integrations.Domain;

/// <summary>
/// A message on its way to one endpoint: its attempts, and when the next is due. A sender claims it by moving
/// <see cref="NextAttemptAt"/> past the attempt's time-out (the version is a concurrency token), so two senders never both send it.
/// </summary>
internal sealed class WebhookDelivery : TenantEntity, IVersioned
{
    public Guid MessageId { get; private set; }

    public Guid EndpointId { get; private set; }

    /// <summary>Copied from the message, to list and filter deliveries without a join.</summary>
    public string EventType { get; private set; } = string.Empty;

    public WebhookDeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public long Version { get; private set; }

    public static WebhookDelivery Queue(WebhookMessage message, Guid endpointId, DateTimeOffset now) => new()
    {
        MessageId = message.Id,
        EndpointId = endpointId,
        EventType = message.EventType,
        Status = WebhookDeliveryStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>Takes the delivery for one attempt: no other sender takes it before <paramref name="until"/>.</summary>
    public void Claim(DateTimeOffset until)
    {
        NextAttemptAt = until;
        Version++;
    }

    /// <summary>
    /// Records an attempt's outcome. A failure is retried after the schedule's next delay (or the receiver's <c>Retry-After</c>, if later);
    /// past the schedule's end, or when <paramref name="giveUp"/>, the delivery has failed. Returns the attempt's number.
    /// </summary>
    public int Record(WebhookAttemptOutcome outcome, DateTimeOffset at, IReadOnlyList<TimeSpan> schedule, bool giveUp)
    {
        Attempts++;
        Version++;
        LastAttemptAt = at;
        LastStatusCode = outcome.StatusCode;
        LastError = outcome.Error;
        if (outcome.Succeeded)
        {
            Status = WebhookDeliveryStatus.Succeeded;
            NextAttemptAt = null;
        }
        else if (giveUp || Attempts >= schedule.Count)
        {
            Status = WebhookDeliveryStatus.Failed;
            NextAttemptAt = null;
        }
        else
        {
            // A receiver's Retry-After may stretch a wait, up to the schedule's longest step, never shorten it.
            var delay = schedule[Attempts];
            if (outcome.RetryAfter is { } asked && asked > delay)
            {
                delay = asked < schedule.Max() ? asked : schedule.Max();
            }

            Status = WebhookDeliveryStatus.Pending;
            NextAttemptAt = at + delay;
        }

        return Attempts;
    }

    /// <summary>Sends it again now, with a fresh schedule (replayWebhookDelivery); not while it is still on its way.</summary>
    public void Replay(DateTimeOffset now)
    {
        if (Status == WebhookDeliveryStatus.Pending)
        {
            throw new AppException(ErrorCodes.Conflict, "The delivery is still pending: it is sent again on its retry schedule.");
        }

        Status = WebhookDeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        Version++;
    }

    /// <summary>The endpoint was disabled or deleted: no more attempts.</summary>
    public void Abandon(string reason)
    {
        Status = WebhookDeliveryStatus.Failed;
        NextAttemptAt = null;
        LastError = reason;
        Version++;
    }
}

/// <summary>What one attempt got: a status code (null when no answer came), or the error, and the receiver's <c>Retry-After</c>.</summary>
internal sealed record WebhookAttemptOutcome(int? StatusCode, string? Error, TimeSpan? RetryAfter, TimeSpan Duration)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary><c>410 Gone</c>: the receiver asks never to be called again.</summary>
    public bool Gone => StatusCode == 410;
}
