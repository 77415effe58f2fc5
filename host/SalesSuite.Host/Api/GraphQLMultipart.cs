using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Host.Api;

/// <summary>
/// Reads a request of the GraphQL multipart request specification (https://github.com/jaydenseric/graphql-multipart-request-spec):
/// the form fields <c>operations</c> (the JSON request, files as nulls) and <c>map</c> (<c>{"0": ["variables.file"]}</c>), then
/// the file parts. Each file is put where the map says, as an <see cref="IUploadedFile"/>; the request then runs like a JSON one.
/// Anything malformed is a 400 with BAD_REQUEST, a body over <see cref="GraphQLOptions.MaxUploadBytes"/> a 413.
/// </summary>
internal static class GraphQLMultipart
{
    public const string MediaType = "multipart/form-data";

    private const int MaxFiles = 20;

    public static bool IsMultipart(HttpRequest request) =>
        request.ContentType?.Split(';')[0].Trim().Equals(MediaType, StringComparison.OrdinalIgnoreCase) == true;

    public static async Task<(GraphQLRequest? Request, (int Status, string Code, string Message)? Error)> ReadAsync(
        HttpContext http,
        GraphQLOptions options,
        Func<MemoryStream, Task<(GraphQLRequest? Request, (int Status, string Code, string Message)? Error)>> parseOperations)
    {
        var request = http.Request;
        if (http.User.Identity?.IsAuthenticated != true)
        {
            // Read no file for nobody: the body is left unread.
            return (null, (StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "Uploads need a bearer token."));
        }

        var max = options.MaxUploadBytes;
        if (request.ContentLength > max)
        {
            return (null, TooLarge(max));
        }

        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = max;
        }

        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) ? HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
        {
            return (null, BadRequest("The multipart/form-data request has no valid boundary."));
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024, BodyLengthLimit = null };
        long total = 0;
        GraphQLRequest? operations = null;
        Dictionary<string, string[]>? map = null;
        var files = new Dictionary<string, IUploadedFile>(StringComparer.Ordinal);
        try
        {
            while (await reader.ReadNextSectionAsync(http.RequestAborted) is { } section)
            {
                var name = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                    ? HeaderUtilities.RemoveQuotes(disposition.Name).Value
                    : null;
                if (string.IsNullOrEmpty(name))
                {
                    return (null, BadRequest("Every part of the multipart request needs a Content-Disposition of form-data with a name."));
                }

                var limit = operations is null || map is null ? options.MaxRequestBytes : max - total;
                using var content = new MemoryStream();
                if (!await CopyAsync(section.Body, content, limit, http.RequestAborted))
                {
                    return (null, operations is null || map is null
                        ? BadRequest($"The '{name}' field is larger than {options.MaxRequestBytes} bytes.")
                        : TooLarge(max));
                }

                total += content.Length;
                if (operations is null)
                {
                    if (name != "operations")
                    {
                        return (null, BadRequest("The first part of a multipart GraphQL request must be the 'operations' field."));
                    }

                    content.Position = 0;
                    var (parsed, error) = await parseOperations(content);
                    if (error is not null)
                    {
                        return (null, error);
                    }

                    operations = parsed;
                }
                else if (map is null)
                {
                    if (name != "map")
                    {
                        return (null, BadRequest("The second part of a multipart GraphQL request must be the 'map' field."));
                    }

                    map = ReadMap(content.ToArray());
                    if (map is null)
                    {
                        return (null,
                            BadRequest(
                                $"The 'map' field must be a JSON object of at most {MaxFiles} file names, each with a non-empty list of paths such as " +
                                "\"variables.file\"."));
                    }
                }
                else
                {
                    if (!map.ContainsKey(name) || files.ContainsKey(name))
                    {
                        return (null, BadRequest($"The file part '{name}' is not named in the 'map' field, or comes twice."));
                    }

                    var fileName = HeaderUtilities.RemoveQuotes(disposition!.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value
                        ?? name;
                    files[name] = new UploadedFile(Path.GetFileName(fileName), section.ContentType ?? "application/octet-stream", content.ToArray());
                }
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            return (null, BadRequest("The multipart/form-data body is malformed or incomplete."));
        }

        if (operations is null || map is null)
        {
            return (null, BadRequest("A multipart GraphQL request needs the 'operations' and 'map' fields, in that order, before its files."));
        }

        if (map.Keys.FirstOrDefault(k => !files.ContainsKey(k)) is { } missing)
        {
            return (null, BadRequest($"The 'map' field names the file '{missing}', but the request has no part of that name."));
        }

        var variables = operations.Variables is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(operations.Variables);
        foreach (var (key, paths) in map)
        {
            foreach (var path in paths)
            {
                if (!Place(variables, path, files[key]))
                {
                    return (null, BadRequest($"The map path '{path}' does not name a null value inside 'variables' of the operations."));
                }
            }
        }

        operations.Variables = new Inputs(variables);
        return (operations, null);
    }

    private static (int, string, string) BadRequest(string message) => (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    private static (int, string, string) TooLarge(long max) =>
        (StatusCodes.Status413PayloadTooLarge, ErrorCodes.LimitExceeded, $"The upload is larger than {max} bytes (GraphQL:MaxUploadBytes).");

    private static async Task<bool> CopyAsync(Stream from, Stream to, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await from.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (to.Length + read > limit)
            {
                return false;
            }

            to.Write(chunk, 0, read);
        }

        return true;
    }

    private static Dictionary<string, string[]>? ReadMap(byte[] json)
    {
        try
        {
            var map = JsonSerializer.Deserialize<Dictionary<string, string[]>>(json);
            return map is null || map.Count > MaxFiles || map.Values.Any(p => p is null || p.Length == 0 || p.Any(string.IsNullOrEmpty)) ? null : map;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Puts <paramref name="file"/> at a path such as <c>variables.input.file</c> or <c>variables.files.0</c>, where the operations hold
    /// null.</summary>
    private static bool Place(Dictionary<string, object?> variables, string path, IUploadedFile file)
    {
        var segments = path.Split('.');
        if (segments.Length < 2 || segments[0] != "variables")
        {
            return false;
        }

        object? container = variables;
        for (var i = 1; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            switch (container)
            {
                case IDictionary<string, object?> obj when obj.TryGetValue(segments[i], out var value):
                    if (last)
                    {
                        if (value is not null)
                        {
                            return false;
                        }

                        obj[segments[i]] = file;
                        return true;
                    }

                    container = value;
                    break;
                case IList<object?> list when int.TryParse(segments[i], out var index) && index >= 0 && index < list.Count:
                    if (last)
                    {
                        if (list[index] is not null)
                        {
                            return false;
                        }

                        list[index] = file;
                        return true;
                    }

                    container = list[index];
                    break;
                default:
                    return false;
            }
        }

        return false;
    }
}
