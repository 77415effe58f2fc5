namespace SalesSuite.Host.Identity;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>An OIDC issuer (its metadata and signing keys are discovered); used outside Development.</summary>
    public string? Authority { get; set; }

    public string Audience { get; set; } = "salessuite";

    /// <summary>The development issuer's HMAC key. Honoured only in the Development environment.</summary>
    public string? DevSigningKey { get; set; }

    public string DevIssuer { get; set; } = "salessuite-dev";
}
