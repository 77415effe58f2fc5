using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api.Live;

/// <summary>
/// Who a WebSocket runs for: the token of <c>connection_init</c>'s <c>authorization</c> (browsers cannot set headers on a WebSocket), or
/// the upgrade request's own. The token is checked by the same JWT bearer handler as every request; the tenant comes from its
/// <c>tenant</c> claim, and a <c>tenant</c> in the payload or a tenant of the upgrade request must name the same one.
/// </summary>
internal sealed class LiveAuthentication(IServiceScopeFactory scopes, ITenantStore tenants)
{
    /// <returns>The identity, or the error that refuses the connection.</returns>
    public async Task<(LiveIdentity? Who, string? Error)> IdentifyAsync(HttpContext http, string? authorization, string? tenantId)
    {
        ClaimsPrincipal? user;
        if (!string.IsNullOrEmpty(authorization))
        {
            await using var scope = scopes.CreateAsyncScope();
            var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            probe.Request.Headers.Authorization = authorization;
            var result = await probe.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            user = result.Succeeded ? result.Principal : null;
            if (user is null)
            {
                return (null, "The access token is not valid (or has expired).");
            }
        }
        else
        {
            user = http.User.Identity?.IsAuthenticated == true ? http.User : null;
            if (user is null)
            {
                return (null, "Authentication is required: send authorization: \"Bearer ...\" in the connection_init payload.");
            }
        }

        var claim = user.FindFirst("tenant")?.Value;
        if (string.IsNullOrEmpty(claim))
        {
            return (null, "The access token carries no tenant claim.");
        }

        var upgradeTenant = http.RequestServices.GetRequiredService<ITenantContext>().Current?.Id;
        if ((tenantId is not null && tenantId != claim) || (upgradeTenant is not null && upgradeTenant != claim))
        {
            return (null, "The connection names more than one tenant (token, payload or request disagree).");
        }

        var tenant = await tenants.FindAsync(claim, http.RequestAborted);
        return tenant is null
            ? (null, "Unknown tenant.")
            : (new LiveIdentity(user, tenant, http.TraceIdentifier, http.Connection.RemoteIpAddress?.ToString()), null);
    }

    /// <summary>The request's own identity, for an event stream (whose headers the usual middleware already checked).</summary>
    public static (LiveIdentity? Who, int Status, string Code, string Message) OfRequest(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return (null, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                "Authentication is required: send an access token (Authorization: Bearer ...).");
        }

        return http.RequestServices.GetRequiredService<ITenantContext>().Current is { } tenant
            ? (new LiveIdentity(http.User, tenant, http.TraceIdentifier, http.Connection.RemoteIpAddress?.ToString()), 200, string.Empty, string.Empty)
            : (null, StatusCodes.Status400BadRequest, ErrorCodes.TenantRequired, "The request has no tenant.");
    }
}
