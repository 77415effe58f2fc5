using System.Net;
using System.Text;
using System.Text.Json;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>A response with the headers the hardening tests look at.</summary>
internal sealed record Sent(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, GraphQLResponse Result)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public override string ToString() => Result.ToString();
}

internal static class HardeningHttp
{
    public static string Body(string query, object? variables = null, string? operationName = null) =>
        JsonSerializer.Serialize(new { query, variables, operationName });

    public static Task<Sent> PostAsync(GraphQLClient client, string query, object? variables = null, string? idempotencyKey = null,
        CancellationToken cancellationToken = default) =>
        SendAsync(client.Http, new StringContent(Body(query, variables), Encoding.UTF8, "application/json"), idempotencyKey,
            cancellationToken: cancellationToken);

    public static async Task<Sent> PostRawAsync(HttpClient http, string body, string? idempotencyKey = null) =>
        await SendAsync(http, new StringContent(body, Encoding.UTF8, "application/json"), idempotencyKey);

    public static async Task<Sent> SendAsync(HttpClient http, HttpContent content, string? idempotencyKey = null, HttpMethod? method = null,
        string path = "/graphql", CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, path) { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new Sent(response.StatusCode, headers, await GraphQLResponse.ReadAsync(response));
    }

    public static async Task<int> CountCustomersAsync(SalesSuiteApp app, string? name = null)
    {
        var where = name is null ? "" : $", where: {{ name: {{ eq: {JsonSerializer.Serialize(name)} }} }}";
        var data = await app.As().DataAsync($"{{ customers(includeArchived: true{where}) {{ totalCount }} }}");
        return data["customers"]!["totalCount"]!.GetValue<int>();
    }

    public static string Message(this GraphQLResponse response) => response.Errors[0]["message"]!.GetValue<string>();
}
