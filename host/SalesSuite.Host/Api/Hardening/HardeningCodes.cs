namespace SalesSuite.Host.Api.Hardening;

/// <summary>The <c>extensions.code</c> values of the API limits (to move to <c>ErrorCodes</c> in the shared kernel).</summary>
internal static class HardeningCodes
{
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string RateLimited = "RATE_LIMITED";
    public const string Timeout = "TIMEOUT";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string IdempotencyInProgress = "IDEMPOTENCY_IN_PROGRESS";
}
