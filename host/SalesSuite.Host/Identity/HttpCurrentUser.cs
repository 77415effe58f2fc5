using System.Security.Claims;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Host.Identity;

/// <summary>The request's user; or, in a subscription event's own scope, the subscriber given to <see cref="Use"/>.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? _principal;

    private ClaimsPrincipal? Principal => _principal ?? accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Principal!.FindFirst("sub")?.Value : null;

    public IReadOnlyList<string> Roles =>
        IsAuthenticated ? Principal!.FindAll("role").Select(c => c.Value).ToList() : [];

    /// <summary>Makes <paramref name="principal"/> this scope's user, whatever request the code runs under (a WebSocket's events).</summary>
    public void Use(ClaimsPrincipal principal) => _principal = principal;
}
