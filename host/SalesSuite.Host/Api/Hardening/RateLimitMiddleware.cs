using System.Globalization;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api.Hardening;

/// <summary>Counts /graphql requests once the tenant is known, announces the limits and answers 429 past them.</summary>
internal sealed class RateLimitMiddleware(RequestDelegate next, RequestRateLimiter limiter, IOptions<RateLimitOptions> options)
{
    public async Task InvokeAsync(HttpContext http, ITenantContext tenants)
    {
        if (!limiter.Enabled)
        {
            await next(http);
            return;
        }

        var user = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirst("sub")?.Value : null;
        var decision = limiter.Acquire(tenants.Current?.Id, user, http.Connection.RemoteIpAddress);
        var headers = http.Response.Headers;
        var announced = decision.Announced;
        headers["RateLimit-Limit"] = announced.Limit.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = announced.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Reset"] = announced.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Policy"] = string.Join(", ", decision.Policies.Select(p => $"{p.Limit};w={options.Value.WindowSeconds};comment=\"{p.Name}\""));
        if (decision.Allowed)
        {
            await next(http);
            return;
        }

        headers.RetryAfter = announced.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        var scope = announced.Name == "tenant" ? "Your organisation has" : "You have";
        await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            $"{scope} made {announced.Limit} requests in {options.Value.WindowSeconds} seconds, the most allowed; retry after {announced.ResetSeconds} " +
            "seconds.");
    }
}
