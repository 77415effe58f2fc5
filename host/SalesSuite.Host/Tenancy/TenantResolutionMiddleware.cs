using Microsoft.Extensions.Options;
using SalesSuite.Host.Api;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Tenancy;

/// <summary>
/// Resolves the request's tenant before any module code runs: from the token's <c>tenant</c> claim, the
/// <c>X-Tenant</c> header or the host name. Sources that disagree, an unknown tenant, or a token without a
/// tenant are refused here. A request with no tenant at all goes on (only introspection will answer it).
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, IOptions<TenancyOptions> options)
{
    public const string HeaderName = "X-Tenant";

    public async Task InvokeAsync(HttpContext http, ITenantStore store, ITenantContext tenantContext)
    {
        var settings = options.Value;
        var user = http.User;
        string? claimTenant = null;
        if (user.Identity?.IsAuthenticated == true)
        {
            claimTenant = user.FindFirst("tenant")?.Value;
            if (string.IsNullOrEmpty(claimTenant))
            {
                await Refuse(http, StatusCodes.Status403Forbidden, ErrorCodes.TenantRequired, "The access token carries no tenant claim.");
                return;
            }
        }

        string? headerTenant = null;
        if (http.Request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrEmpty(header))
        {
            if (!settings.AllowHeader)
            {
                await Refuse(http, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"The {HeaderName} header is not accepted by this server.");
                return;
            }

            headerTenant = header.ToString();
        }

        TenantInfo? hostTenant = null;
        if (settings.AllowHostName)
        {
            hostTenant = await store.FindByHostAsync(http.Request.Host.Host, http.RequestAborted);
        }

        var candidates = new[] { claimTenant, headerTenant, hostTenant?.Id }.Where(c => c is not null).Distinct(StringComparer.Ordinal).ToList();
        if (candidates.Count > 1)
        {
            await Refuse(http, StatusCodes.Status403Forbidden, ErrorCodes.TenantMismatch,
                "The request names more than one tenant (token, X-Tenant header or host name disagree).");
            return;
        }

        if (candidates.Count == 1)
        {
            var tenant = await store.FindAsync(candidates[0]!, http.RequestAborted);
            if (tenant is null)
            {
                await Refuse(http, StatusCodes.Status400BadRequest, ErrorCodes.TenantNotFound, $"Unknown tenant '{Truncate(candidates[0]!)}'.");
                return;
            }

            tenantContext.Set(tenant);
        }

        var audit = http.RequestServices.GetRequiredService<IAuditContext>();
        audit.ActorId = user.FindFirst("sub")?.Value;
        audit.RequestId = http.TraceIdentifier;
        audit.ClientAddress = http.Connection.RemoteIpAddress?.ToString();

        await next(http);
    }

    private static string Truncate(string value) => value.Length <= 64 ? value : value[..64] + "…";

    private static Task Refuse(HttpContext http, int status, string code, string message) =>
        GraphQLHttpResponses.WriteErrorAsync(http, status, code, message);
}
