using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Host.Identity;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public bool IsAuthenticated => accessor.HttpContext?.User.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? accessor.HttpContext!.User.FindFirst("sub")?.Value : null;

    public IReadOnlyList<string> Roles =>
        IsAuthenticated ? accessor.HttpContext!.User.FindAll("role").Select(c => c.Value).ToList() : [];
}
