using System.Security.Cryptography;
using System.Text;

namespace SalesSuite.Modules.Integrations.Delivery;

/// <summary>
/// The Standard Webhooks signature: <c>v1,</c> and the base64 HMAC-SHA256 of <c>{webhook-id}.{webhook-timestamp}.{body}</c>, keyed with the
/// bytes the secret's base64 part (after <c>whsec_</c>) encodes. Several secrets (during a rotation) give several signatures, space-separated.
/// </summary>
internal static class WebhookSigner
{
    public const string SecretPrefix = "whsec_";

    /// <summary>A new secret: <c>whsec_</c> and the base64 of 32 random bytes (the specification asks for 24 to 64).</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(IEnumerable<string> secrets, string webhookId, long timestamp, string body) =>
        string.Join(' ', secrets.Select(s => "v1," + Signature(s, webhookId, timestamp, body)));

    public static string Signature(string secret, string webhookId, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret);
        var content = Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.{body}");
        return Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }
}
