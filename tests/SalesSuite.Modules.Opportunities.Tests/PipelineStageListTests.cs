using System.Text.Json.Nodes;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Opportunities.Tests;

/// <summary><c>pipelineStages</c> as a connection: pages with cursors, <c>where</c>, <c>order</c> and <c>totalCount</c>, in SQL, per tenant.</summary>
public abstract class PipelineStageListTests(TestProvider provider) : FreshAppTests(provider)
{
    private static readonly string[] DemoPipeline = ["Qualification", "Needs analysis", "Proposal", "Negotiation", "Won", "Lost"];

    private const string PageQuery = """
        query($first: Int, $after: String, $where: PipelineStageFilterInput, $order: [PipelineStageSortInput!]) {
          pipelineStages(first: $first, after: $after, where: $where, order: $order) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } } nodes { id name position kind active } } }
        """;

    private GraphQLClient Admin => App.As("demo");

    [Fact]
    public async Task Paging_by_two_walks_the_whole_pipeline_in_position_order_with_the_total_on_every_page()
    {
        var names = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await PageAsync(Admin, new { first = 2, after });
            pages++;
            Assert.Equal(6, page["totalCount"]!.GetValue<int>());
            Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            var nodes = page["nodes"]!.AsArray();
            Assert.Equal(2, nodes.Count);
            Assert.Equal(nodes.Select(n => n!["name"]!.GetValue<string>()), page["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()));
            Assert.Equal(page["edges"]![1]!["cursor"]!.GetValue<string>(), page["pageInfo"]!["endCursor"]!.GetValue<string>());
            names.AddRange(nodes.Select(n => n!["name"]!.GetValue<string>()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(3, pages);
        Assert.Equal(DemoPipeline, names);

        // Without arguments: the first page (up to the default size), still in pipeline order.
        var all = await Admin.DataAsync("{ pipelineStages { totalCount nodes { position } } }");
        Assert.Equal([1, 2, 3, 4, 5, 6], all["pipelineStages"]!["nodes"]!.AsArray().Select(n => n!["position"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Where_and_order_are_applied_in_SQL_before_the_page_is_cut()
    {
        var open = await PageAsync(Admin, new { first = 3, where = new { kind = new { eq = "OPEN" } }, order = new[] { new { position = "DESC" } } });
        Assert.Equal(4, open["totalCount"]!.GetValue<int>());
        Assert.Equal(["Negotiation", "Proposal", "Needs analysis"], Names(open));
        Assert.True(open["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var rest = await PageAsync(Admin,
            new
            {
                first = 3,
                after = open["pageInfo"]!["endCursor"]!.GetValue<string>(),
                where = new { kind = new { eq = "OPEN" } },
                order = new[] { new { position = "DESC" } }
            });
        Assert.Equal(["Qualification"], Names(rest));
        Assert.False(rest["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var byName = await PageAsync(Admin, new { first = 10, order = new[] { new { name = "ASC" } } });
        Assert.Equal(DemoPipeline.Order(StringComparer.Ordinal), Names(byName));
        var byNameDesc = await PageAsync(Admin, new { first = 10, order = new[] { new { name = "DESC" } } });
        Assert.Equal(DemoPipeline.OrderDescending(StringComparer.Ordinal), Names(byNameDesc));

        App.Sql.Clear();
        var likely = await PageAsync(Admin,
            new
            {
                first = 10,
                where = new { defaultProbability = new { gte = 50 }, name = new { nstartsWith = "W" } },
                order = new[] { new { defaultProbability = "DESC" } }
            });
        Assert.Equal(["Negotiation", "Proposal"], Names(likely));
        Assert.Equal(2, likely["totalCount"]!.GetValue<int>());
        var sql = App.Sql.Commands.Where(c => c.Contains("Stages", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, sql.Count); // the count and the page, both filtered by the database
        Assert.All(sql, c => Assert.Contains("DefaultProbability", c, StringComparison.Ordinal));
        Assert.Contains(sql, c => c.Contains("LIMIT", StringComparison.Ordinal));

        var none = await PageAsync(Admin, new { first = 5, where = new { name = new { eq = "No such stage" } } });
        Assert.Equal(0, none["totalCount"]!.GetValue<int>());
        Assert.Empty(none["nodes"]!.AsArray());
        Assert.False(none["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Null(none["pageInfo"]!["endCursor"]);
    }

    [Fact]
    public async Task Each_tenant_pages_through_its_own_stages_inactive_ones_included()
    {
        await Admin
            .DataAsync(
                "mutation { definePipelineStage(input: { name: \"Demo pilot\", position: 7, defaultProbability: 60, active: false }) { stage { id } } }");
        await App.As("acme")
            .DataAsync("mutation { definePipelineStage(input: { name: \"Acme only stage\", position: 9, defaultProbability: 40 }) { stage { id } } }");

        var demo = await PageAsync(App.As("demo", "alice", "rep"), new { first = 100 });
        Assert.Equal(7, demo["totalCount"]!.GetValue<int>());
        Assert.Equal([.. DemoPipeline, "Demo pilot"], Names(demo));
        Assert.DoesNotContain("Acme only stage", Names(demo));

        var inactive = await PageAsync(Admin, new { first = 100, where = new { active = new { eq = false } } });
        Assert.Equal(["Demo pilot"], Names(inactive));

        var acme = await PageAsync(App.As("acme"), new { first = 100, where = new { name = new { contains = "only" } } });
        Assert.Equal(["Acme only stage"], Names(acme));
    }

    [Fact]
    public async Task Bad_page_arguments_are_validation_errors()
    {
        var tooMany = await Admin.PostAsync("{ pipelineStages(first: 101) { nodes { name } } }");
        Assert.Equal("VALIDATION", tooMany.FirstErrorCode);
        var badCursor = await Admin.PostAsync("{ pipelineStages(first: 2, after: \"not a cursor\") { nodes { name } } }");
        Assert.Equal("VALIDATION", badCursor.FirstErrorCode);

        var defaultSize = await PageAsync(Admin, new { first = (int?)null });
        Assert.Equal(6, defaultSize["nodes"]!.AsArray().Count);
        var lastTwo = await Admin.DataAsync("{ pipelineStages(last: 2) { nodes { name } pageInfo { hasPreviousPage hasNextPage } } }");
        Assert.Equal(["Won", "Lost"], lastTwo["pipelineStages"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
        Assert.True(lastTwo["pipelineStages"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    private static async Task<JsonNode> PageAsync(GraphQLClient client, object variables) =>
        (await client.DataAsync(PageQuery, variables))["pipelineStages"]!;

    private static List<string> Names(JsonNode page) => page["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
}

public sealed class PipelineStageListOnSqlite() : PipelineStageListTests(TestProvider.Sqlite);

public sealed class PipelineStageListOnPostgres() : PipelineStageListTests(TestProvider.Postgres);
