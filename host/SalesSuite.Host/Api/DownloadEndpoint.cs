using Microsoft.Net.Http.Headers;
using SalesSuite.SharedKernel.Downloads;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api;

/// <summary>
/// <c>GET /downloads/{kind}/{id}</c>: a file of a module's <see cref="IDownloadSource"/> (e.g. a generated report). Behind the same
/// authentication, tenant resolution and rate limits as <c>/graphql</c>; 401 without a token, 403 without the source's permission (or when the
/// source refuses the file to the caller's role),
/// 404 for an unknown kind, a disabled module, or an id the caller's tenant and scope do not hold.
/// </summary>
internal static class DownloadEndpoint
{
    public static async Task HandleAsync(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, HEAD";
            await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadRequest, "Downloads are fetched with GET.");
            return;
        }

        if (http.User.Identity?.IsAuthenticated != true)
        {
            await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                "Authentication is required: send an access token (Authorization: Bearer ...).");
            return;
        }

        var services = http.RequestServices;
        var tenant = services.GetRequiredService<ITenantContext>().Current;
        var segments = (http.Request.Path.Value ?? "").Trim('/').Split('/');
        var source = segments.Length == 2 && tenant is not null
            ? services.GetServices<IDownloadSource>().FirstOrDefault(s => string.Equals(s.Kind, segments[0], StringComparison.Ordinal))
            : null;
        if (source is null || !tenant!.IsModuleEnabled(source.Module) || !Guid.TryParse(segments[1], out var id))
        {
            await NotFoundAsync(http);
            return;
        }

        var grant = await services.GetRequiredService<IAccessControl>().GetGrantAsync(http.RequestAborted);
        services.GetRequiredService<ICurrentAccess>().Set(grant);
        if (!grant.Has(source.Permission))
        {
            await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status403Forbidden, ErrorCodes.Forbidden,
                $"Downloading this needs the '{source.Permission}' permission.");
            return;
        }

        Download? download;
        try
        {
            download = await source.OpenAsync(id, http.RequestAborted);
        }
        catch (AppException ex) when (ex.Code == ErrorCodes.Forbidden)
        {
            // e.g. a report whose figures are derived from a field the caller's role is denied
            await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, ex.Message);
            return;
        }

        if (download is null)
        {
            await NotFoundAsync(http);
            return;
        }

        var disposition = new ContentDispositionHeaderValue(download.Inline ? "inline" : "attachment");
        disposition.SetHttpFileName(download.FileName);
        var headers = http.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, no-store";
        if (download.ContentSecurityPolicy is { } policy)
        {
            headers.ContentSecurityPolicy = policy;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = download.ContentType;
        http.Response.ContentLength = download.Content.Length;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(download.Content, http.RequestAborted);
        }
    }

    private static Task NotFoundAsync(HttpContext http) =>
        GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status404NotFound, ErrorCodes.NotFound,
            "There is no such file, or it is not yours to download.");
}
