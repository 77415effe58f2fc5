using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>Document limits, checked before execution: nothing over a limit reaches the database.</summary>
public sealed class HardeningTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private SalesSuiteApp App => fixture.App;

    private async Task<Sent> RefusedBeforeTheDatabaseAsync(string query, object? variables = null)
    {
        App.Sql.Clear();
        var sent = await HardeningHttp.PostAsync(App.As(), query, variables);
        Assert.Empty(App.Sql.Commands);
        Assert.Null(sent.Result.Data);
        return sent;
    }

    [Fact]
    public async Task A_query_nested_deeper_than_the_limit_is_refused_before_any_SQL()
    {
        // 14 levels, one node each: only the depth is over its limit.
        const string query = """
            { customers(first: 1) { nodes { interactions(first: 1) { nodes { customer { interactions(first: 1) { nodes {
              customer { interactions(first: 1) { nodes { customer { interactions(first: 1) { nodes { id } } } } } } } } } } } } } }
            """;

        var sent = await RefusedBeforeTheDatabaseAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, sent.Status);
        Assert.Equal(["LIMIT_EXCEEDED"], sent.Result.ErrorCodes);
        Assert.Contains("nested 14 levels deep; the limit is 12", sent.Result.Message());
    }

    [Fact]
    public async Task Nested_connections_cost_the_product_of_their_page_sizes()
    {
        // 100 customers + 100 x 100 interactions = 10,100 nodes, over the default 10,000.
        var sent = await RefusedBeforeTheDatabaseAsync("{ customers(first: 100) { nodes { interactions(first: 100) { nodes { id } } } } }");
        Assert.Equal(HttpStatusCode.BadRequest, sent.Status);
        Assert.Equal(["LIMIT_EXCEEDED"], sent.Result.ErrorCodes);
        Assert.Contains("10,100 nodes; the limit is 10,000", sent.Result.Message());

        // Page sizes from variables count the same; connections without first/last cost the default page size (20).
        var byVariables = await RefusedBeforeTheDatabaseAsync(
            "query($n: Int, $m: Int) { customers(first: $n) { edges { node { interactions(last: $m) { totalCount } } } } }", new { n = 100, m = 100 });
        Assert.Contains("10,100 nodes", byVariables.Result.Message());
        var defaults = await RefusedBeforeTheDatabaseAsync(
            "{ customers { nodes { interactions { nodes { customer { interactions { nodes { customer { interactions { totalCount } } } } } } } } } }");
        Assert.Contains("168,420 nodes", defaults.Result.Message());

        var fine = await App.As().DataAsync("{ customers(first: 10) { nodes { interactions(first: 10) { nodes { id } } } } }");
        Assert.Equal(10, fine["customers"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_page_size_over_the_maximum_stays_the_resolvers_VALIDATION_error()
    {
        var response = await App.As().PostAsync("{ customers(first: 1000000) { totalCount } }");

        Assert.Equal("VALIDATION", response.FirstErrorCode);
    }

    [Fact]
    public async Task Ids_multiply_like_a_page_size()
    {
        var id = (await App.As().DataAsync("{ customers(first: 1) { nodes { id } } }"))["customers"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var ids = Enumerable.Repeat(id, 200).ToArray();

        var sent = await RefusedBeforeTheDatabaseAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Customer { interactions(first: 100) { totalCount } } } }", new { ids });

        Assert.Equal(["LIMIT_EXCEEDED"], sent.Result.ErrorCodes);
        Assert.Contains("20,200 nodes", sent.Result.Message());
    }

    [Fact]
    public async Task Too_many_aliases_are_refused()
    {
        var fields = string.Join(" ", Enumerable.Range(1, 31).Select(i => $"a{i}: __typename"));

        var sent = await RefusedBeforeTheDatabaseAsync("{ " + fields + " customers(first: 1) { totalCount } }");

        Assert.Equal(["LIMIT_EXCEEDED"], sent.Result.ErrorCodes);
        Assert.Contains("31 aliases; the limit is 30", sent.Result.Message());
        var thirty = await App.As().DataAsync("{ " + string.Join(" ", Enumerable.Range(1, 30).Select(i => $"a{i}: __typename")) + " }");
        Assert.Equal("Query", thirty["a30"]!.GetValue<string>());
    }

    [Fact]
    public async Task Fragments_are_counted_where_they_are_spread_so_a_fragment_bomb_is_refused()
    {
        // Each fragment spreads the one below it twice: 2^20 fields once spread out.
        var fragments = string.Join(" ", Enumerable.Range(0, 20).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"));
        var query = "{ ...F0 } " + fragments + " fragment F20 on Query { __typename }";

        var sent = await RefusedBeforeTheDatabaseAsync(query);

        Assert.Equal(["LIMIT_EXCEEDED"], sent.Result.ErrorCodes);
        Assert.Contains("more than 2000 fields", sent.Result.Message());
    }

    [Fact]
    public async Task Oversized_variables_are_413_before_parsing()
    {
        var search = new string('x', 70 * 1024);

        var sent = await RefusedBeforeTheDatabaseAsync("query($s: String) { customers(search: $s) { totalCount } }", new { s = search });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, sent.Status);
        Assert.Equal(["LIMIT_EXCEEDED"], sent.Result.ErrorCodes);
        Assert.Contains("the limit is 65536 bytes", sent.Result.Message());
    }

    [Fact]
    public async Task Lists_longer_than_the_cap_are_validation_errors_in_variables_and_literals()
    {
        var ids = Enumerable.Range(0, 1001).Select(i => "id" + i).ToArray();
        var variable = await RefusedBeforeTheDatabaseAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.Equal(HttpStatusCode.BadRequest, variable.Status);
        Assert.Equal(["VALIDATION"], variable.Result.ErrorCodes);
        Assert.Contains("$ids has 1001 items; at most 1000", variable.Result.Message());

        var contacts = string.Join(", ", Enumerable.Range(0, 1001).Select(i => $"{{ name: \"C{i}\" }}"));
        var literal = await RefusedBeforeTheDatabaseAsync(
            $"mutation {{ createCustomer(input: {{ name: \"Listy\", contacts: [{contacts}] }}) {{ customer {{ id }} }} }}");
        Assert.Equal(["VALIDATION"], literal.Result.ErrorCodes);
        Assert.Contains("createCustomer.input.contacts has 1001 items", literal.Result.Message());
        Assert.Equal(0, await HardeningHttp.CountCustomersAsync(App, "Listy"));
    }

    [Fact]
    public async Task Development_suggests_field_names()
    {
        var response = await App.As().PostAsync("{ customers { nodes { nme } } }");

        Assert.Contains("Did you mean", response.Message());
    }

    [Fact]
    public async Task The_IDE_introspection_query_is_not_limited_by_depth()
    {
        const string typeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name " +
            "ofType { kind name ofType { kind name } } } } } } } }";
        var data = await App.As().DataAsync("{ __schema { types { name fields { name type { " + typeRef + " } args { type { " + typeRef + " } } } } } }");

        Assert.NotEmpty(data["__schema"]!["types"]!.AsArray());
    }
}

/// <summary>Settings that need their own host: suggestions off, a short execution timeout, Production defaults.</summary>
public sealed class HardeningSettingsTests : IAsyncLifetime
{
    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(TestProvider.Sqlite);

    public async Task DisposeAsync() => await _database!.DisposeAsync();

    [Fact]
    public async Task Without_suggestions_errors_do_not_reveal_schema_names()
    {
        await using var app = new SalesSuiteApp(_database!, new Dictionary<string, string?> { ["GraphQL:SuggestFields"] = "false" });
        var client = app.As();

        var field = await client.PostAsync("{ customers { nodes { nme } } }");
        var argument = await client.PostAsync("{ customers(frist: 1) { totalCount } }");
        var type = await client.PostAsync("query($w: CustomerFilterInpt) { customers(where: $w) { totalCount } }");

        Assert.Equal(HttpStatusCode.BadRequest, field.Status);
        Assert.Equal("Cannot query field 'nme' on type 'Customer'.", field.Message());
        Assert.StartsWith("Unknown argument 'frist'", argument.Message());
        foreach (var response in new[] { field, argument, type })
        {
            Assert.NotEmpty(response.Errors);
            Assert.DoesNotContain("Did you mean", response.Body);
        }
    }

    [Fact]
    public async Task Production_defaults_to_no_suggestions_and_rate_limit_headers()
    {
        // Outside Development the host needs an OIDC issuer; a request without a token never asks it for keys.
        var settings = new Dictionary<string, string?> { ["Auth:Authority"] = "https://login.example.com/" };
        await using var app = new SalesSuiteApp(_database!, settings) { Environment = "Production" };
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Add("X-Tenant", "demo");

        var sent = await HardeningHttp.PostRawAsync(http, HardeningHttp.Body("{ customers { nodes { nme } } }"));

        Assert.Equal(HttpStatusCode.Unauthorized, sent.Status);
        Assert.DoesNotContain("Did you mean", sent.Result.Body);
        Assert.Equal("120", sent.Header("RateLimit-Limit"));
        Assert.Equal("119", sent.Header("RateLimit-Remaining"));
    }

    [Fact]
    public async Task A_request_over_the_execution_timeout_is_cancelled_down_to_its_database_command()
    {
        var slow = new SlowCustomerQueries();
        await using var app = new SalesSuiteApp(_database!, new Dictionary<string, string?> { ["GraphQL:ExecutionTimeoutSeconds"] = "1" },
            services => services.AddSingleton<IInterceptor>(slow));
        var client = app.As();
        _ = await client.DataAsync("{ __typename }");

        slow.Armed = true;
        var started = DateTime.UtcNow;
        var sent = await HardeningHttp.PostAsync(client, "{ customers(first: 1) { nodes { name } } }");
        var elapsed = DateTime.UtcNow - started;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, sent.Status);
        Assert.Equal(["TIMEOUT"], sent.Result.ErrorCodes);
        Assert.Contains("within its time limit (1 s)", sent.Result.Message());
        Assert.Contains("Request id", sent.Result.Message());
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"took {elapsed}");
        Assert.True(await slow.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.DoesNotContain(" at ", sent.Result.Body);
    }

    /// <summary>Holds SELECTs on customers for half a minute unless their command is cancelled.</summary>
    private sealed class SlowCustomerQueries : DbCommandInterceptor
    {
        public volatile bool Armed;

        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.Contains("Customers", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Cancelled.TrySetResult(true);
                    throw;
                }
            }

            return result;
        }
    }
}
