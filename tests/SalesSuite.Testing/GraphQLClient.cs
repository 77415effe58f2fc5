using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesSuite.Testing;

public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? operationName = null,
        Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables, operationName }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        configure?.Invoke(request);
        using var response = await http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>
    /// Posts an automatic persisted query as Apollo's clients do: the SHA-256 of the text in <c>extensions.persistedQuery</c>,
    /// with the text (<paramref name="query"/>) or without it (null).
    /// </summary>
    public async Task<GraphQLResponse> PostPersistedAsync(string? query, string sha256Hash)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash } } }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>The <c>sha256Hash</c> of a persisted query: the lower-case hexadecimal SHA-256 of its UTF-8 text.</summary>
    public static string Sha256Hash(string query) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(query)));

    /// <summary>
    /// Posts a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec): the operations
    /// with null where the file goes, the map (<c>{"0": ["variables.&lt;filePath&gt;"]}</c>), then the file.
    /// </summary>
    public async Task<GraphQLResponse> UploadAsync(string query, JsonObject variables, string filePath, string fileName, byte[] file,
        string contentType = "text/csv", Action<HttpRequestMessage>? configure = null)
    {
        var operations = new JsonObject { ["query"] = query, ["variables"] = variables };
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(operations.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), "operations");
        content.Add(
            new StringContent(new JsonObject { ["0"] = new JsonArray("variables." + filePath) }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            "map");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(part, "0", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        configure?.Invoke(request);
        using var response = await http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>Posts and fails the test unless the response has data and no errors.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        if (response.Errors.Count > 0 || response.Data is null)
        {
            throw new Xunit.Sdk.XunitException($"Expected data without errors, got {(int)response.Status}: {response.Body}");
        }

        return response.Data;
    }
}

public sealed class GraphQLResponse
{
    private GraphQLResponse(HttpStatusCode status, string? contentType, string body, JsonNode? json)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
        Json = json;
    }

    public HttpStatusCode Status { get; }

    public string? ContentType { get; }

    public string Body { get; }

    public JsonNode? Json { get; }

    public JsonNode? Data => Json?["data"];

    public IReadOnlyList<JsonNode> Errors => Json?["errors"]?.AsArray().Where(e => e is not null).Select(e => e!).ToList() ?? [];

    public IReadOnlyList<string> ErrorCodes => Errors.Select(e => e["extensions"]?["code"]?.GetValue<string>() ?? "").ToList();

    public string? FirstErrorCode => ErrorCodes.FirstOrDefault();

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        try
        {
            json = body.Length > 0 ? JsonNode.Parse(body) : null;
        }
        catch (JsonException)
        {
        }

        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, json);
    }

    public override string ToString() => $"{(int)Status} {Body}";
}
