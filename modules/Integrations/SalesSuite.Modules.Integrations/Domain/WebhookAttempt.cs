using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Integrations.Domain;

/// <summary>One attempt of a delivery, as <c>webhookDeliveries</c> lists it.</summary>
internal sealed class WebhookAttempt : TenantEntity
{
    public Guid DeliveryId { get; private set; }

    public int Number { get; private set; }

    public DateTimeOffset AttemptedAt { get; private set; }

    public int? StatusCode { get; private set; }

    public int DurationMs { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The first characters of the receiver's answer, to see why it refused.</summary>
    public string? Response { get; private set; }

    public static WebhookAttempt Of(WebhookDelivery delivery, int number, DateTimeOffset at, WebhookAttemptOutcome outcome, string? response) => new()
    {
        DeliveryId = delivery.Id,
        Number = number,
        AttemptedAt = at,
        StatusCode = outcome.StatusCode,
        DurationMs = (int)Math.Min(int.MaxValue, outcome.Duration.TotalMilliseconds),
        Error = outcome.Error,
        Response = response,
    };
}
