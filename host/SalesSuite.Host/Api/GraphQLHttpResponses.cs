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
    /// The response media type, by the GraphQL-over-HTTP specification's rule for legacy clients: no <c>Accept</c>
    /// header, or only wildcards (<c>*/*</c>, <c>application/*</c>), gets <c>application/json</c>, the type every client
    /// before the specification understands; <c>application/graphql-response+json</c> only when the client names it
    /// (and does not prefer <c>application/json</c> by its <c>q</c>). Null when the client accepts neither (406).
    /// </summary>
    public static string? NegotiateMediaType(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Json;
        }

        var ranges = accept.Split(',').Select(Range).Where(r => r.Type.Length > 0).ToList();
        double Quality(string type) => ranges.Where(r => r.Type == type).Select(r => r.Quality).DefaultIfEmpty(-1).Max();
        var named = Quality(GraphQLResponseJson);
        var json = Math.Max(Quality(Json), Math.Max(Quality("application/*"), Quality("*/*")));
        if (named > 0 && named >= json)
        {
            return GraphQLResponseJson;
        }

        return json > 0 ? Json : null;
    }

    /// <summary>One entry of an <c>Accept</c> header: its media range, lower case, and its <c>q</c> (1 when not given; 0 refuses it).</summary>
    private static (string Type, double Quality) Range(string entry)
    {
        var parts = entry.Split(';');
        var quality = 1.0;
        foreach (var parameter in parts.Skip(1))
        {
            var pair = parameter.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("q", StringComparison.OrdinalIgnoreCase)
                && double.TryParse(pair[1].Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q))
            {
                quality = Math.Clamp(q, 0, 1);
            }
        }

        return (parts[0].Trim().ToLowerInvariant(), quality);
    }

    public static string PreferredMediaType(HttpRequest request) => NegotiateMediaType(request) ?? Json;
}
