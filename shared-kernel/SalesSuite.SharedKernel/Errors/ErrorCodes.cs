namespace SalesSuite.SharedKernel.Errors;

/// <summary>The stable values of <c>extensions.code</c>. Clients switch on these; never rename one.</summary>
public static class ErrorCodes
{
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Conflict = "CONFLICT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string ModuleDisabled = "MODULE_DISABLED";
    public const string TenantRequired = "TENANT_REQUIRED";
    public const string TenantNotFound = "TENANT_NOT_FOUND";
    public const string TenantMismatch = "TENANT_MISMATCH";
    public const string BadRequest = "BAD_REQUEST";
    public const string ParseError = "PARSE_ERROR";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string Internal = "INTERNAL";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string RateLimited = "RATE_LIMITED";
    public const string Timeout = "TIMEOUT";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string IdempotencyInProgress = "IDEMPOTENCY_IN_PROGRESS";
}
