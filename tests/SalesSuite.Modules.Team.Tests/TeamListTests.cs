using System.Text.Json.Nodes;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Team.Tests;

/// <summary><c>teams</c> as a connection: pages with cursors, <c>where</c>, <c>order</c> and <c>totalCount</c>, in SQL, per tenant.</summary>
public abstract class TeamListTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string PageQuery = """
        query($first: Int, $after: String, $where: TeamFilterInput, $order: [TeamSortInput!]) {
          teams(first: $first, after: $after, where: $where, order: $order) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id name description } } }
        """;

    private GraphQLClient Admin => App.As("demo");

    [Fact]
    public async Task Paging_walks_every_team_by_name_with_the_total_on_every_page()
    {
        await CreateTeamsAsync();

        var first = await PageAsync(Admin, new { first = 4 });
        Assert.Equal(6, first["totalCount"]!.GetValue<int>());
        Assert.Equal(["Alpha", "Delta", "East", "North"], Names(first));
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(first["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        var second = await PageAsync(Admin, new { first = 4, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() });
        Assert.Equal(6, second["totalCount"]!.GetValue<int>());
        Assert.Equal(["South", "West"], Names(second));
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        var byOne = new List<string>();
        string? after = null;
        do
        {
            var page = await PageAsync(Admin, new { first = 1, after, order = new[] { new { name = "DESC" } } });
            byOne.AddRange(Names(page));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(["West", "South", "North", "East", "Delta", "Alpha"], byOne);
    }

    [Fact]
    public async Task Where_filters_in_SQL_and_the_total_counts_only_the_matches()
    {
        await CreateTeamsAsync();

        var coast = await PageAsync(Admin, new { first = 2, where = new { description = new { contains = "coast" } } });
        Assert.Equal(3, coast["totalCount"]!.GetValue<int>());
        Assert.Equal(["East", "South"], Names(coast));
        var coastRest = await PageAsync(Admin,
            new { first = 2, after = coast["pageInfo"]!["endCursor"]!.GetValue<string>(), where = new { description = new { contains = "coast" } } });
        Assert.Equal(["West"], Names(coastRest));

        var undescribed = await PageAsync(Admin, new { first = 10, where = new { description = new { eq = (string?)null } } });
        Assert.Equal(["Delta"], Names(undescribed));

        App.Sql.Clear();
        var either = await PageAsync(Admin,
            new
            {
                first = 10,
                where = new { or = new object[] { new { name = new { eq = "Alpha" } }, new { name = new { startsWith = "W" } } } },
                order = new[] { new { name = "DESC" } }
            });
        Assert.Equal(["West", "Alpha"], Names(either));
        Assert.Equal(2, either["totalCount"]!.GetValue<int>());
        var sql = App.Sql.Commands.Where(c => c.Contains("Teams", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, sql.Count); // the count and the page, both filtered by the database
        Assert.All(sql, c => Assert.Contains("WHERE", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Teams_are_the_tenants_own_and_every_user_of_it_sees_them_all()
    {
        await CreateTeamsAsync();
        await App.As("acme").DataAsync("mutation { createTeam(input: { name: \"Acme crew\", description: \"Acme's only team\" }) { team { id } } }");

        var alice = await PageAsync(App.As("demo", "alice", "rep"), new { first = 100 });
        Assert.Equal(["Alpha", "Delta", "East", "North", "South", "West"], Names(alice));
        Assert.Equal(6, alice["totalCount"]!.GetValue<int>());

        var acme = await PageAsync(App.As("acme"), new { first = 100, where = new { name = new { contains = "crew" } } });
        Assert.Equal(["Acme crew"], Names(acme));
        var demoCrew = await PageAsync(Admin, new { first = 100, where = new { name = new { contains = "crew" } } });
        Assert.Equal(0, demoCrew["totalCount"]!.GetValue<int>());
        Assert.Empty(demoCrew["nodes"]!.AsArray());

        var invalid = await Admin.PostAsync("{ teams(first: 0) { nodes { name } } }");
        Assert.Equal("VALIDATION", invalid.FirstErrorCode);
    }

    /// <summary>Demo has East and West ("... coast accounts"); four more, one without a description.</summary>
    private async Task CreateTeamsAsync()
    {
        foreach (var (name, description) in new[] { ("North", "North accounts"), ("Alpha", "First in line"), ("South", "South coast accounts"),
            ("Delta", null) })
        {
            await Admin.DataAsync("mutation($n: String!, $d: String) { createTeam(input: { name: $n, description: $d }) { team { id } } }",
                new { n = name, d = description });
        }
    }

    private static async Task<JsonNode> PageAsync(GraphQLClient client, object variables) =>
        (await client.DataAsync(PageQuery, variables))["teams"]!;

    private static List<string> Names(JsonNode page) => page["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
}

public sealed class TeamListOnSqlite() : TeamListTests(TestProvider.Sqlite);

public sealed class TeamListOnPostgres() : TeamListTests(TestProvider.Postgres);
