using System.Text.Json;

namespace SalesSuite.Host.Api;

public static class GraphQLHttpResponses
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>A request-level error (no GraphQL execution happened) in the GraphQL response shape.</summary>
    public static async Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = PreferredMediaType(http.Request) + "; charset=utf-8";
        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }

    /// <summary>
    /// The response media type: <c>application/graphql-response+json</c> unless the client asks only for
    /// <c>application/json</c>; null when the client accepts neither.
    /// </summary>
    public static string? NegotiateMediaType(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Json;
        }

        var types = accept.Split(',').Select(a => a.Split(';')[0].Trim().ToLowerInvariant()).ToList();
        if (types.Contains(GraphQLResponseJson) || types.Contains("application/*") || types.Contains("*/*"))
        {
            return types.Contains(GraphQLResponseJson) || !types.Contains(Json) ? GraphQLResponseJson : Json;
        }

        return types.Contains(Json) ? Json : null;
    }

    public static string PreferredMediaType(HttpRequest request) => NegotiateMediaType(request) ?? Json;
}
