using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>GraphQL over HTTP: methods, media types and status codes as the specification gives them.</summary>
public sealed class TransportTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private const string Query = "{ customers(first: 1) { totalCount } }";

    private SalesSuiteApp App => fixture.App;

    private HttpClient Client(string? accept = "application/graphql-response+json")
    {
        var http = App.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", App.Token());
        if (accept is not null)
        {
            http.DefaultRequestHeaders.Accept.ParseAdd(accept);
        }

        return http;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_POSTed_query_answers_in_the_media_type_asked_for()
    {
        var response = await Client().PostAsync("/graphql", Json($$"""{"query":"{{Query}}"}"""));
        var result = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("application/graphql-response+json", result.ContentType);
        Assert.True(result.Data!["customers"]!["totalCount"]!.GetValue<int>() > 0);

        var legacy = await GraphQLResponse.ReadAsync(await Client("application/json").PostAsync("/graphql", Json($$"""{"query":"{{Query}}"}""")));
        Assert.Equal("application/json", legacy.ContentType);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json")]
    [InlineData("application/graphql-response+json;q=0, */*", "application/json")]
    public async Task Legacy_clients_get_application_json_and_graphql_response_json_only_when_asked_for(string? accept, string expected)
    {
        var http = Client(accept: null);
        if (accept is not null)
        {
            Assert.True(http.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept));
        }

        var ok = await GraphQLResponse.ReadAsync(await http.PostAsync("/graphql", Json($$"""{"query":"{{Query}}"}""")));
        Assert.Equal(HttpStatusCode.OK, ok.Status);
        Assert.Equal(expected, ok.ContentType);
        Assert.True(ok.Data!["customers"]!["totalCount"]!.GetValue<int>() > 0);

        // The status rule goes with the media type: a document error is 200 in application/json, 400 in graphql-response+json.
        var invalid = await GraphQLResponse.ReadAsync(await http.PostAsync("/graphql", Json("""{"query":"{ customers { noSuchField } }"}""")));
        Assert.Equal(expected, invalid.ContentType);
        Assert.Equal(expected == "application/json" ? HttpStatusCode.OK : HttpStatusCode.BadRequest, invalid.Status);
        Assert.Contains("noSuchField", invalid.Errors[0]["message"]!.GetValue<string>());
        Assert.Null(invalid.Data);

        var get = await GraphQLResponse.ReadAsync(await http.GetAsync("/graphql?query=" + Uri.EscapeDataString(Query)));
        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Equal(expected, get.ContentType);

        var noQuery = await http.PostAsync("/graphql", Json("{\"variables\":{}}"));
        Assert.Equal(HttpStatusCode.BadRequest, noQuery.StatusCode);
        Assert.Equal(expected, noQuery.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GET_runs_queries_with_variables_but_never_mutations()
    {
        var get = await GraphQLResponse.ReadAsync(await Client().GetAsync(
            "/graphql?query=" + Uri.EscapeDataString("query($n: Int) { customers(first: $n) { nodes { name } } }") + "&variables=" + Uri
                .EscapeDataString("{\"n\":2}")));
        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Equal(2, get.Data!["customers"]!["nodes"]!.AsArray().Count);

        var mutation = await Client().GetAsync(
            "/graphql?query=" + Uri.EscapeDataString("mutation { createCustomer(input: { name: \"Via GET\" }) { customer { id } } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Contains("POST", mutation.Content.Headers.Allow);
        var check = await App.As().DataAsync("{ customers(where: { name: { eq: \"Via GET\" } }) { totalCount } }");
        Assert.Equal(0, check["customers"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_persisted_query_runs_by_its_hash_once_the_instance_has_seen_its_text()
    {
        // A text no other test sends, so this instance cannot have seen it yet.
        var query = $"query Persisted{Guid.NewGuid():N} {{ customers(first: 2) {{ totalCount nodes {{ name }} }} }}";
        var hash = GraphQLClient.Sha256Hash(query);
        var extensions = $$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""";

        // As Apollo's clients do: the hash alone first; not found, so the text with its hash; then the hash alone again.
        var unknown = await GraphQLResponse.ReadAsync(await Client("application/json").PostAsync("/graphql", Json($$"""{"extensions":{{extensions}}}""")));
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.FirstErrorCode);
        Assert.Equal("PersistedQueryNotFound", unknown.Errors[0]["message"]!.GetValue<string>());
        Assert.Null(unknown.Data);

        var registered = await GraphQLResponse.ReadAsync(await Client().PostAsync("/graphql",
            Json(System.Text.Json.JsonSerializer.Serialize(new { query, extensions = System.Text.Json.Nodes.JsonNode.Parse(extensions) }))));
        Assert.Equal(HttpStatusCode.OK, registered.Status);
        Assert.Equal(2, registered.Data!["customers"]!["nodes"]!.AsArray().Count);

        var byHash = await GraphQLResponse.ReadAsync(await Client().PostAsync("/graphql", Json($$"""{"extensions":{{extensions}}}""")));
        Assert.Equal(HttpStatusCode.OK, byHash.Status);
        Assert.Equal(registered.Data!.ToJsonString(), byHash.Data!.ToJsonString());

        var byGet = await GraphQLResponse.ReadAsync(await Client().GetAsync("/graphql?extensions=" + Uri.EscapeDataString(extensions)));
        Assert.Equal(HttpStatusCode.OK, byGet.Status);
        Assert.Equal(registered.Data!.ToJsonString(), byGet.Data!.ToJsonString());
    }

    [Fact]
    public async Task A_document_that_passed_validation_before_is_still_checked_for_the_caller_and_the_variables()
    {
        // Texts no other test sends: the first request of each validates it in full, the later ones only what can differ.
        var query = $"query Valid{Guid.NewGuid():N}($n: Int!) {{ customers(first: $n) {{ totalCount nodes {{ name }} }} }}";
        var fresh = $"query Fresh{Guid.NewGuid():N}($n: Int!) {{ customers(first: $n) {{ totalCount nodes {{ name }} }} }}";
        var admin = App.As();

        var valid = await admin.PostAsync(query, new { n = 2 });
        Assert.Empty(valid.Errors);
        Assert.Equal(2, valid.Data!["customers"]!["nodes"]!.AsArray().Count);

        // Someone without a token sends the same text: refused as before, not answered because the text validated once.
        var anonymous = await App.Anonymous().PostAsync(query, new { n = 2 });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
        Assert.Null(anonymous.Data);

        // Bad variables get the error a document seen for the first time gets.
        var firstTime = await admin.PostAsync(fresh, new { n = "two" });
        var again = await admin.PostAsync(query, new { n = "two" });
        Assert.NotEmpty(firstTime.ErrorCodes);
        Assert.Equal(firstTime.Status, again.Status);
        Assert.Equal(firstTime.ErrorCodes, again.ErrorCodes);
        Assert.Null(again.Data);

        // A different page size still applies: the document's answer is not reused, only its validation.
        var five = await admin.PostAsync(query, new { n = 5 });
        Assert.Equal(5, five.Data!["customers"]!["nodes"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("{\"version\":2,\"sha256Hash\":\"HASH\"}", "version must be 1")]
    [InlineData("{\"version\":1,\"sha256Hash\":\"abc\"}", "64 hexadecimal digits")]
    [InlineData("\"HASH\"", "must be an object")]
    [InlineData("{\"version\":1,\"sha256Hash\":\"0000000000000000000000000000000000000000000000000000000000000000\"}", "not the SHA-256 of the query")]
    public async Task A_persisted_query_that_is_not_one_is_refused_and_nothing_runs(string persisted, string message)
    {
        var hash = GraphQLClient.Sha256Hash(Query);
        var persistedQuery = persisted.Replace("HASH", hash, StringComparison.Ordinal);
        var body = $$$"""{"query":"{{{Query}}}","extensions":{"persistedQuery":{{{persistedQuery}}}}}""";

        var response = await GraphQLResponse.ReadAsync(await Client().PostAsync("/graphql", Json(body)));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
        Assert.Contains(message, response.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Request_errors_get_the_spec_status_codes()
    {
        Assert.Equal(HttpStatusCode.UnsupportedMediaType,
            (await Client().PostAsync("/graphql", new StringContent(Query, Encoding.UTF8, "text/plain"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client().PostAsync("/graphql", Json("{ not json"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client().PostAsync("/graphql", Json("{\"variables\":{}}"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client().PostAsync("/graphql", Json($$"""[{"query":"{{Query}}"}]"""))).StatusCode);
        Assert.Equal(HttpStatusCode.NotAcceptable, (await Client("text/plain").PostAsync("/graphql", Json($$"""{"query":"{{Query}}"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Client().PutAsync("/graphql", Json($$"""{"query":"{{Query}}"}"""))).StatusCode);
    }

    [Fact]
    public async Task Parse_and_validation_failures_are_400_with_graphql_response_json_and_200_with_application_json()
    {
        var parse = await GraphQLResponse.ReadAsync(await Client().PostAsync("/graphql", Json("""{"query":"{ customers( "}""")));
        Assert.Equal(HttpStatusCode.BadRequest, parse.Status);
        Assert.Equal("PARSE_ERROR", parse.FirstErrorCode);
        Assert.Null(parse.Data);

        var invalid = await GraphQLResponse.ReadAsync(await Client().PostAsync("/graphql", Json("""{"query":"{ customers { noSuchField } }"}""")));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Contains("noSuchField", invalid.Errors[0]["message"]!.GetValue<string>());

        var legacy = await GraphQLResponse.ReadAsync(await Client("application/json").PostAsync("/graphql",
            Json("""{"query":"{ customers { noSuchField } }"}""")));
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.NotEmpty(legacy.Errors);
    }

    [Fact]
    public async Task An_oversized_request_is_refused_before_it_is_read_whole()
    {
        var big = new string('x', 300 * 1024);
        var body = "{\"query\":\"{ customers { totalCount } }\",\"variables\":{\"pad\":\"" + big + "\"}}";
        var response = await Client().PostAsync("/graphql", Json(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_gets_the_IDE_page_from_local_files()
    {
        var http = App.CreateClient();
        http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml");
        var page = await http.GetAsync("/graphql");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/ide/vendor/graphiql.min.js", html);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        foreach (var asset in new[] { "/ide/vendor/graphiql.min.js", "/ide/vendor/graphiql.min.css", "/ide/vendor/react.production.min.js",
            "/ide/vendor/react-dom.production.min.js", "/ide/ide.js" })
        {
            var response = await http.GetAsync(asset);
            Assert.True(response.IsSuccessStatusCode, asset);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, asset);
        }
    }
}
