using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Integrations.Domain;

/// <summary>
/// A receiver of the tenant's webhook events: where they go, which types it takes, and the secret that signs them. While a
/// rotated-out secret is still valid (<see cref="RotationOverlap"/>) both sign, so a receiver can switch without missing one.
/// </summary>
internal sealed class WebhookEndpoint : AggregateRoot
{
    public const int MaxUrlLength = 2000;
    public const int MaxDescriptionLength = 500;

    /// <summary>How long a rotated-out secret still signs.</summary>
    public static readonly TimeSpan RotationOverlap = TimeSpan.FromHours(24);

    /// <summary>An endpoint that has failed every delivery this long is disabled.</summary>
    public static readonly TimeSpan FailureLimit = TimeSpan.FromDays(5);

    private WebhookEndpoint()
    {
    }

    public string Url { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public List<string> EventTypes { get; private set; } = [];

    public string Secret { get; private set; } = string.Empty;

    public string? PreviousSecret { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public bool Enabled { get; private set; } = true;

    public string? DisabledReason { get; private set; }

    /// <summary>Since when every delivery has failed (null after a success).</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public static WebhookEndpoint Create(string url, IReadOnlyList<string> eventTypes, string? description, string secret, string createdBy) =>
        new() { Url = url, EventTypes = [.. eventTypes], Description = description, Secret = secret, CreatedBy = createdBy };

    public void Change(string? url, IReadOnlyList<string>? eventTypes, string? description, bool? enabled)
    {
        Url = url ?? Url;
        EventTypes = eventTypes is null ? EventTypes : [.. eventTypes];
        Description = description ?? Description;
        if (enabled == true && !Enabled)
        {
            Enabled = true;
            DisabledReason = null;
            FailingSince = null;
        }
        else if (enabled == false && Enabled)
        {
            Disable("Disabled by an administrator.");
        }
    }

    public void ClearDescription() => Description = null;

    /// <summary>Makes <paramref name="secret"/> the signing secret; the old one keeps signing for <see cref="RotationOverlap"/>.</summary>
    public void Rotate(string secret, DateTimeOffset now)
    {
        PreviousSecret = Secret;
        PreviousSecretExpiresAt = now + RotationOverlap;
        Secret = secret;
    }

    /// <summary>The secrets that sign a delivery at <paramref name="now"/>: the current one first.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        PreviousSecret is not null && PreviousSecretExpiresAt > now ? [Secret, PreviousSecret] : [Secret];

    public bool Takes(string eventType) => Enabled && EventTypes.Contains(eventType);

    public void Disable(string reason)
    {
        Enabled = false;
        DisabledReason = reason;
    }

    public void Succeeded() => FailingSince = null;

    /// <summary>Records a failed attempt; returns true when this failure disabled the endpoint (it had failed for <see cref="FailureLimit"/>).</summary>
    public bool Failed(DateTimeOffset now)
    {
        FailingSince ??= now;
        if (Enabled && now - FailingSince.Value >= FailureLimit)
        {
            Disable($"Every delivery failed since {FailingSince.Value:u}.");
            return true;
        }

        return false;
    }
}
