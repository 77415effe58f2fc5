namespace SalesSuite.Modules.Integrations.Domain;

internal enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending,

    /// <summary>The endpoint answered 2xx.</summary>
    Succeeded,

    /// <summary>Every attempt of the schedule failed, or the endpoint was disabled: no more attempts unless replayed.</summary>
    Failed,
}
