using System.Net.Http.Headers;
using System.Text;
using SalesSuite.Testing;
using Xunit.Abstractions;

namespace SalesSuite.Host.Tests;

/// <summary>Garbage in: every answer is a 4xx or a GraphQL error, never a 5xx, and nothing is written.</summary>
public sealed class HardeningMalformedInputTests(SqliteAppFixture fixture, ITestOutputHelper output) : IClassFixture<SqliteAppFixture>
{
    private const string CreateWithVariables = "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id } } }";

    private static string Q(string query, string? variablesJson = null, string? extra = null) =>
        "{\"query\":" + System.Text.Json.JsonSerializer.Serialize(query)
        + (variablesJson is null ? "" : ",\"variables\":" + variablesJson)
        + (extra is null ? "" : "," + extra) + "}";

    private static string Nested(string open, string close, int depth, string inner) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    public static IEnumerable<(string Name, string Body)> Bodies()
    {
        yield return ("not JSON", "{ not json");
        yield return ("empty body", "");
        yield return ("JSON null", "null");
        yield return ("JSON string", "\"just a string\"");
        yield return ("JSON number", "42");
        yield return ("query is a number", "{\"query\":42}");
        yield return ("query is null", "{\"query\":null}");
        yield return ("query is an object", "{\"query\":{\"a\":1}}");
        yield return ("variables is a string", Q("{ __typename }", "\"not an object\""));
        yield return ("variables is an array", Q("{ __typename }", "[1,2]"));
        yield return ("extensions is a string", Q("{ __typename }", null, "\"extensions\":\"nope\""));
        yield return ("operationName is a number", Q("{ __typename }", null, "\"operationName\":5"));
        yield return ("unknown operation name", Q("query A { __typename } query B { __typename }", null, "\"operationName\":\"C\""));
        yield return ("two anonymous operations", Q("{ __typename } { __typename }"));
        yield return ("duplicate JSON keys", "{\"query\":\"{ __typename }\",\"query\":\"{ customers { totalCount } }\"}");
        yield return ("null byte in the document", Q("{ customers\u0000 { totalCount } }"));
        yield return ("null bytes in a string argument", Q("{ customers(search: \"a\u0000b\u0000\") { totalCount } }"));
        yield return ("lone surrogate escape", "{\"query\":\"{ customers(search: \\\"\\ud800\\\") { totalCount } }\"}");
        yield return ("control characters in a variable", Q("query($s: String) { customers(search: $s) { totalCount } }", "{\"s\":\"\\u0001\\u0002\\u001f\"}"));
        yield return ("wrong variable type (name is a number)", Q(CreateWithVariables, "{\"i\":{\"name\":123}}"));
        yield return ("required input field missing", Q(CreateWithVariables, "{\"i\":{}}"));
        yield return ("required variable null", Q(CreateWithVariables, "{\"i\":null}"));
        yield return ("required variable missing", Q(CreateWithVariables));
        yield return ("unknown enum value", Q(CreateWithVariables, "{\"i\":{\"name\":\"Enum Junk\",\"kind\":\"NOT_A_KIND\"}}"));
        yield return ("unknown input field", Q(CreateWithVariables, "{\"i\":{\"name\":\"Extra Junk\",\"hacker\":true}}"));
        yield return ("page size as a string", Q("query($n: Int) { customers(first: $n) { totalCount } }", "{\"n\":\"10\"}"));
        yield return ("page size beyond Int", Q("{ customers(first: 99999999999999999999) { totalCount } }"));
        yield return ("page size as a float", Q("query($n: Int) { customers(first: $n) { totalCount } }", "{\"n\":1.5}"));
        yield return ("negative page size", Q("{ customers(last: -5) { totalCount } }"));
        yield return ("undefined variable", Q("{ customers(first: $n) { totalCount } }"));
        yield return ("fragment cycle", Q("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"));
        yield return ("unknown fragment", Q("{ ...Missing }"));
        yield return ("subscription without a subscription type", Q("subscription { customers { totalCount } }"));
        yield return ("duplicate directives", Q("{ __typename @skip(if: false) @skip(if: true) }"));
        yield return ("garbage cursor", Q("{ customers(after: \"%%%not-base64%%%\") { totalCount } }"));
        yield return ("garbage global id", Q("{ node(id: \"!!!\") { id } customer(id: \"Zm9vOmJhcg\") { name } }"));
        yield return ("filter of the wrong type", Q("{ customers(where: { name: { eq: 5 } }) { totalCount } }"));
        yield return ("unknown sort direction", Q("{ customers(order: [{ name: SIDEWAYS }]) { totalCount } }"));
        yield return ("huge search string (60 KB)",
            Q("query($s: String) { customers(search: $s) { totalCount } }", "{\"s\":\"" + new string('%', 60 * 1024) + "\"}"));
        yield return ("oversized variables (100 KB)", Q(CreateWithVariables, "{\"i\":{\"name\":\"" + new string('x', 100 * 1024) + "\"}}"));
        yield return ("huge document (250 KB of fields)", Q("{ " + string.Concat(Enumerable.Repeat("__typename ", 23_000)) + "}"));
        yield return ("variables nested 100 deep", Q("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "{\"ids\":" + Nested("[", "]", 100, "\"x\"") + "}"));
        yield return ("variables nested 40 deep", Q("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "{\"ids\":" + Nested("[", "]", 40, "\"x\"") + "}"));
        yield return ("literal list nested 70 deep", Q("{ nodes(ids: " + Nested("[", "]", 70, "\"x\"") + ") { id } }"));
        yield return ("input object nested 60 deep",
            Q("{ customers(where: " + Nested("{ and: [", "] }", 60, "{ name: { eq: \"x\" } }") + ") { totalCount } }"));
        yield return ("2000 contacts in a mutation",
            Q(CreateWithVariables, "{\"i\":{\"name\":\"Many Contacts\",\"contacts\":[" + string.Join(",", Enumerable.Repeat("{\"name\":\"c\"}", 2000))
                + "]}}"));
        yield return ("mutation with an empty name", Q("mutation { createCustomer(input: { name: \"\" }) { customer { id } } }"));
        yield return ("mutation then an error in the same document", Q("mutation { createCustomer(input: { name: \"Half Valid\" }) { customer { nope } } }"));
    }

    [Fact]
    public async Task Malformed_requests_never_get_a_5xx_and_change_nothing()
    {
        var app = fixture.App;
        var before = await HardeningHttp.CountCustomersAsync(app);
        var http = app.As().Http;
        var failures = new List<string>();
        var tried = 0;

        foreach (var (name, body) in Bodies())
        {
            tried++;
            var sent = await HardeningHttp.PostRawAsync(http, body);
            output.WriteLine($"{(int)sent.Status} {sent.Result.FirstErrorCode} {name}");
            if ((int)sent.Status >= 500)
            {
                failures.Add($"{name}: {sent}");
            }
        }

        var raw = new (string Name, HttpContent Content)[]
        {
            ("invalid UTF-8", new ByteArrayContent([0x7B, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0xC3, 0x28, 0x22, 0x7D])),
            ("UTF-16 body declared as UTF-8", new ByteArrayContent(Encoding.Unicode.GetBytes(Q("{ __typename }")))),
            ("binary noise", new ByteArrayContent(Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray())),
        };
        foreach (var (name, content) in raw)
        {
            tried++;
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var sent = await HardeningHttp.SendAsync(http, content);
            output.WriteLine($"{(int)sent.Status} {sent.Result.FirstErrorCode} {name}");
            if ((int)sent.Status >= 500)
            {
                failures.Add($"{name}: {sent}");
            }
        }

        var gets = new[]
        {
            "/graphql?query=" + Uri.EscapeDataString("{ __typename }") + "&variables=%7Bbroken",
            "/graphql?query=" + Uri.EscapeDataString("mutation { createCustomer(input: { name: \"Via GET\" }) { customer { id } } }"),
            "/graphql?query=%00%01%02",
            "/graphql?query=" + Uri.EscapeDataString("{ __typename }") + "&extensions=%5B%5D",
        };
        foreach (var path in gets)
        {
            tried++;
            var sent = await HardeningHttp.SendAsync(http, new StringContent(""), method: HttpMethod.Get, path: path);
            output.WriteLine($"{(int)sent.Status} {sent.Result.FirstErrorCode} GET {path[..Math.Min(path.Length, 60)]}");
            if ((int)sent.Status >= 500)
            {
                failures.Add($"GET {path}: {sent}");
            }
        }

        output.WriteLine($"Tried {tried} malformed requests.");
        Assert.Empty(failures);
        Assert.True(tried >= 30);
        Assert.Equal(before, await HardeningHttp.CountCustomersAsync(app));
    }
}
