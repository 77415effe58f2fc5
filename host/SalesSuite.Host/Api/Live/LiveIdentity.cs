using System.Security.Claims;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api.Live;

/// <summary>Who a WebSocket or event stream runs for: the user, the tenant, and when the token ends (the connection ends then too).</summary>
internal sealed record LiveIdentity(ClaimsPrincipal User, TenantInfo Tenant, string RequestId, string? ClientAddress)
{
    public string UserId => User.FindFirst("sub")?.Value ?? string.Empty;

    /// <summary>The token's <c>exp</c>; null when it has none.</summary>
    public DateTimeOffset? Expires =>
        long.TryParse(User.FindFirst("exp")?.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture,
            out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
