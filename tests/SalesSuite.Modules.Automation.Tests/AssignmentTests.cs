using System.Text.Json.Nodes;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Automation.Tests;

/// <summary>
/// Assignment rules through GraphQL on the demo tenant. Each test adds a team "Inside" with new reps (erin, frank, gina)
/// who own nothing yet, so their open loads are exactly what the test gives them.
/// </summary>
public abstract class AssignmentTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string SaveRule = """
        mutation($input: SaveAssignmentRuleInput!) { saveAssignmentRule(input: $input) { rule { id name position strategy kinds version } } }
        """;

    private const string Preview = """
        query($input: AssignmentPreviewInput!) { assignmentPreview(input: $input) { ownerId reason rule { name } } }
        """;

    private GraphQLClient Admin => App.As("demo");

    private GraphQLClient Alice => App.As("demo", "alice", "rep");

    [Fact]
    public async Task Rules_are_tried_in_order_round_robin_cycles_and_every_assignment_says_why()
    {
        var team = await InsideTeamAsync();
        var web = await RuleAsync(new
        {
            name = "Web leads",
            kinds = new[] { "CUSTOMER" },
            sources = new[] { "web" },
            targetTeamId = team,
            strategy = "ROUND_ROBIN"
        });
        var rest = await RuleAsync(new { name = "Everything else", targetUserId = "dave", strategy = "FIXED" });

        // alice (a rep who may only give records to herself) creates web leads: they go round the team, not to her.
        var owners = new List<string>();
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var created = await CreateCustomerAsync(Alice, $"Lead {i}", source: "web");
            owners.Add(created["ownerId"]!.GetValue<string>());
            ids.Add(created["id"]!.GetValue<string>());
        }

        Assert.Equal(["erin", "frank", "gina", "erin"], owners);
        Assert.Equal("dave", (await CreateCustomerAsync(Alice, "Fair contact", source: "fair"))["ownerId"]!.GetValue<string>());
        Assert.Equal("alice", (await CreateCustomerAsync(Alice, "Her own", source: "web", ownerId: "alice"))
            ["ownerId"]!.GetValue<string>()); // an explicit owner wins

        var log = (await Admin.DataAsync("query($id: ID!) { customer(id: $id) { ownerId assignment { ownerId rule ruleId reason at } } }", new { id = ids[1] }))
            ["customer"]!;
        Assert.Equal("frank", log["assignment"]!["ownerId"]!.GetValue<string>());
        Assert.Equal("Web leads", log["assignment"]!["rule"]!.GetValue<string>());
        Assert.Equal(web, log["assignment"]!["ruleId"]!.GetValue<string>());
        Assert.Contains("source 'web'", log["assignment"]!["reason"]!.GetValue<string>());
        Assert.Contains("round robin: frank is next after erin among erin, frank, gina", log["assignment"]!["reason"]!.GetValue<string>());

        // The catch-all first: web leads go to dave now.
        var reordered = await Admin.DataAsync("mutation($ids: [ID!]!) { reorderAssignmentRules(input: { ids: $ids }) { rules { name position } } }",
            new { ids = new[] { rest, web } });
        Assert.Equal(["Everything else", "Web leads"], reordered["reorderAssignmentRules"]!["rules"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()));
        Assert.Equal("dave", (await CreateCustomerAsync(Alice, "Lead 5", source: "web"))["ownerId"]!.GetValue<string>());

        // Opportunities follow the rules too, with the rule in their assignment history; without rules the creator keeps them.
        var customer = (await CreateCustomerAsync(Admin, "Opportunity customer", ownerId: "alice"))["id"]!.GetValue<string>();
        var opportunity = await CreateOpportunityAsync(Alice, customer, "Fleet deal");
        Assert.Equal("dave", opportunity["ownerId"]!.GetValue<string>());
        Assert.Equal("Everything else", opportunity["assignment"]!["rule"]!.GetValue<string>());

        await Admin.DataAsync("mutation($id: ID!) { a: deleteAssignmentRule(input: { id: $id }) { deletedId } }", new { id = rest });
        await Admin.DataAsync("mutation($id: ID!) { a: deleteAssignmentRule(input: { id: $id }) { deletedId } }", new { id = web });
        var plain = await CreateCustomerAsync(Alice, "No rules", source: "web");
        Assert.Equal("alice", plain["ownerId"]!.GetValue<string>());
        Assert.Null(plain["assignment"]);
    }

    [Fact]
    public async Task Concurrent_creations_share_the_round_robin_evenly()
    {
        var team = await InsideTeamAsync();
        await RuleAsync(new { name = "Inside", targetTeamId = team, strategy = "ROUND_ROBIN" });

        var created = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => CreateCustomerAsync(Alice, $"Parallel {i}")));

        var owners = created.Select(c => c["ownerId"]!.GetValue<string>()).GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["erin"] = 2, ["frank"] = 2, ["gina"] = 2 }, owners);
    }

    [Fact]
    public async Task Least_open_load_picks_the_least_busy_and_capacity_aware_skips_full_reps()
    {
        var team = await InsideTeamAsync(capacities: [2, 1, 1]);
        var customer = (await CreateCustomerAsync(Admin, "Big account", ownerId: "alice"))["id"]!.GetValue<string>();
        await CreateOpportunityAsync(Admin, customer, "Frank's", ownerId: "frank");
        await CreateOpportunityAsync(Admin, customer, "Gina's", ownerId: "gina");
        await CreateOpportunityAsync(Admin, customer, "Gina's second", ownerId: "gina");

        var least = await RuleAsync(new { name = "Least", kinds = new[] { "OPPORTUNITY" }, targetTeamId = team, strategy = "LEAST_OPEN_LOAD", active = true });
        var preview = (await Admin.DataAsync(Preview, new { input = new { kind = "OPPORTUNITY" } }))["assignmentPreview"]!;
        Assert.Equal("erin", preview["ownerId"]!.GetValue<string>());
        Assert.Contains("erin has 0 (erin 0, frank 1, gina 2)", preview["reason"]!.GetValue<string>());
        Assert.Equal("erin", (await CreateOpportunityAsync(Alice, customer, "One"))["ownerId"]!.GetValue<string>());
        Assert.Equal("erin", (await CreateOpportunityAsync(Alice, customer, "Two"))["ownerId"]!.GetValue<string>()); // erin 1, frank 1: ties go by user id
        Assert.Equal("frank", (await CreateOpportunityAsync(Alice, customer, "Three"))["ownerId"]!.GetValue<string>());

        // erin 2/2, frank 2/1, gina 2/1: every rep is full, so the capacity-aware rule passes and the next rule decides.
        await Admin.DataAsync("mutation($id: ID!) { deleteAssignmentRule(input: { id: $id }) { deletedId } }", new { id = least });
        await RuleAsync(new { name = "Capacity", kinds = new[] { "OPPORTUNITY" }, targetTeamId = team, strategy = "CAPACITY_AWARE" });
        await RuleAsync(new { name = "Overflow", targetUserId = "carol", strategy = "FIXED" });
        var full = (await Admin.DataAsync(Preview, new { input = new { kind = "OPPORTUNITY" } }))["assignmentPreview"]!;
        Assert.Equal("carol", full["ownerId"]!.GetValue<string>());
        Assert.Contains("'Capacity': every rep is at capacity (erin 2/2, frank 2/1, gina 2/1)", full["reason"]!.GetValue<string>());

        // A larger capacity for gina makes room for her alone.
        await Admin.DataAsync("mutation { updateSalesRep(input: { userId: \"gina\", capacity: 3 }) { salesRep { capacity } } }");
        var room = await CreateOpportunityAsync(Alice, customer, "Four");
        Assert.Equal("gina", room["ownerId"]!.GetValue<string>());
        Assert.Contains("at capacity: erin 2/2, frank 2/1", room["assignment"]!["reason"]!.GetValue<string>());
        Assert.Equal("carol", (await CreateOpportunityAsync(Alice, customer, "Five"))["ownerId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_deactivated_rep_is_never_chosen()
    {
        var team = await InsideTeamAsync();
        await RuleAsync(new { name = "Frank only", targetUserId = "frank", strategy = "FIXED" });
        await RuleAsync(new { name = "Inside", targetTeamId = team, strategy = "ROUND_ROBIN" });
        Assert.Equal("frank", (await CreateCustomerAsync(Alice, "Before"))["ownerId"]!.GetValue<string>());

        await Admin.DataAsync("mutation { deactivateSalesRep(input: { userId: \"frank\" }) { salesRep { active } } }");
        var owners = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            owners.Add((await CreateCustomerAsync(Alice, $"After {i}"))["ownerId"]!.GetValue<string>());
        }

        Assert.Equal(["erin", "gina", "erin", "gina"], owners);
        var preview = (await Admin.DataAsync(Preview, new { input = new { kind = "CUSTOMER" } }))["assignmentPreview"]!;
        Assert.Contains("'Frank only' has no active rep", preview["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_dry_run_changes_nothing_and_is_for_admins()
    {
        var team = await InsideTeamAsync();
        await RuleAsync(new { name = "East web", regions = new[] { "East" }, levels = new[] { "A" }, targetTeamId = team, strategy = "ROUND_ROBIN" });

        var input = new { kind = "CUSTOMER", region = "east", level = "A" };
        var first = (await Admin.DataAsync(Preview, new { input }))["assignmentPreview"]!;
        var second = (await Admin.DataAsync(Preview, new { input }))["assignmentPreview"]!;
        Assert.Equal("erin", first["ownerId"]!.GetValue<string>());
        Assert.Equal(first.ToJsonString(), second.ToJsonString());             // the cursor did not move
        Assert.Equal("East web", first["rule"]!["name"]!.GetValue<string>());
        Assert.Contains("region 'east', level 'A'", first["reason"]!.GetValue<string>());

        var other = (await Admin.DataAsync(Preview, new { input = new { kind = "CUSTOMER", region = "West", level = "A" } }))["assignmentPreview"]!;
        Assert.Null(other["ownerId"]);
        Assert.Null(other["rule"]);
        Assert.Equal("No active rule matches; the creator keeps the record.", other["reason"]!.GetValue<string>());

        var customers = (await Admin.DataAsync("{ customers { totalCount } }"))["customers"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(customers, (await Admin.DataAsync("{ customers { totalCount } }"))["customers"]!["totalCount"]!.GetValue<int>());

        Assert.Equal("FORBIDDEN", (await Alice.PostAsync(Preview, new { input })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await Alice.PostAsync("{ assignmentRules { id } }")).FirstErrorCode);
        Assert.Equal("FORBIDDEN",
            (await Alice.PostAsync(SaveRule, new { input = new { name = "Mine", targetUserId = "alice", strategy = "FIXED" } })).FirstErrorCode);
        Assert.Equal("erin", (await CreateCustomerAsync(Alice, "Real", region: "East", level: "A"))["ownerId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_territory_rule_chooses_only_the_reps_of_the_records_region()
    {
        await RuleAsync(new
        {
            name = "Territories",
            kinds = new[] { "CUSTOMER" },
            targetTeamId = await EastTeamAsync(),
            strategy = "ROUND_ROBIN",
            matchTerritory = true
        });
        await RuleAsync(new { name = "Rest", targetUserId = "dave", strategy = "FIXED" });

        Assert.Equal("bob", (await CreateCustomerAsync(Alice, "Southern", region: "south-east"))["ownerId"]!.GetValue<string>());
        Assert.Equal("bob", (await CreateCustomerAsync(Alice, "Southern 2", region: "South-East"))["ownerId"]!.GetValue<string>());
        Assert.Equal("alice", (await CreateCustomerAsync(Alice, "Northern", region: "North-East"))["ownerId"]!.GetValue<string>());
        var elsewhere = await CreateCustomerAsync(Alice, "Midwest", region: "Midwest");
        Assert.Equal("dave", elsewhere["ownerId"]!.GetValue<string>());
        Assert.Contains("'Territories' has no active rep in territory 'Midwest'", elsewhere["assignment"]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_rules_are_refused_with_a_validation_error_and_change_nothing()
    {
        var team = await InsideTeamAsync();
        var bad = new object[]
        {
            new { name = "Team fixed", targetTeamId = team, strategy = "FIXED" },
            new { name = "Nobody", targetUserId = "zed", strategy = "FIXED" },
            new { name = "Both", targetUserId = "erin", targetTeamId = team, strategy = "ROUND_ROBIN" },
            new { name = "", targetUserId = "erin", strategy = "FIXED" },
            new { name = "Negative", targetUserId = "erin", strategy = "FIXED", minValue = -1m },
        };
        foreach (var input in bad)
        {
            var response = await Admin.PostAsync(SaveRule, new { input });
            Assert.Equal("VALIDATION", response.FirstErrorCode);
        }

        var ok = await RuleAsync(new { name = "Fine", targetUserId = "erin", strategy = "FIXED" });
        var reorder = await Admin.PostAsync("mutation($ids: [ID!]!) { reorderAssignmentRules(input: { ids: $ids }) { rules { name } } }",
            new { ids = new[] { ok, ok } });
        Assert.Equal("VALIDATION", reorder.FirstErrorCode);
        var rules = (await Admin.DataAsync("{ assignmentRules { name position } }"))["assignmentRules"]!.AsArray();
        Assert.Equal("Fine", Assert.Single(rules)!["name"]!.GetValue<string>());
    }

    private async Task<string> InsideTeamAsync(int[]? capacities = null)
    {
        var team = (await Admin.DataAsync("mutation { createTeam(input: { name: \"Inside\" }) { team { id } } }"))
            ["createTeam"]!["team"]!["id"]!.GetValue<string>();
        string[] reps = ["erin", "frank", "gina"];
        for (var i = 0; i < reps.Length; i++)
        {
            await Admin.DataAsync("mutation($input: SalesRepInput!) { createSalesRep(input: $input) { salesRep { userId } } }",
                new { input = new { userId = reps[i], name = reps[i], teamId = team, managerUserId = "admin", capacity = capacities?[i] } });
        }

        return team;
    }

    private async Task<string> EastTeamAsync() =>
        (await Admin.DataAsync("{ teams { nodes { id name } } }"))["teams"]!["nodes"]!.AsArray()
            .Single(t => t!["name"]!.GetValue<string>() == "East")!["id"]!.GetValue<string>();

    private async Task<string> RuleAsync(object input) =>
        (await Admin.DataAsync(SaveRule, new { input }))["saveAssignmentRule"]!["rule"]!["id"]!.GetValue<string>();

    private static async Task<JsonNode> CreateCustomerAsync(GraphQLClient client, string name, string? source = null, string? ownerId = null,
        string? region = null, string? level = null)
    {
        var input = new JsonObject { ["name"] = name };
        if (source is not null)
        {
            input["source"] = source;
        }

        if (ownerId is not null)
        {
            input["ownerId"] = ownerId;
        }

        if (region is not null)
        {
            input["region"] = region;
        }

        if (level is not null)
        {
            input["level"] = level;
        }

        return (await client.DataAsync(
            "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id ownerId assignment { rule reason } } } }", new { input }))
            ["createCustomer"]!["customer"]!;
    }

    private static async Task<JsonNode> CreateOpportunityAsync(GraphQLClient client, string customerId, string title, string? ownerId = null)
    {
        var input = new JsonObject { ["customerId"] = customerId, ["title"] = title, ["amount"] = 1000m, ["currency"] = "USD" };
        if (ownerId is not null)
        {
            input["ownerId"] = ownerId;
        }

        return (await client.DataAsync(
            "mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id ownerId assignment { rule reason } } } }",
            new { input }))
            ["createOpportunity"]!["opportunity"]!;
    }
}

public sealed class AssignmentOnSqlite() : AssignmentTests(TestProvider.Sqlite);

public sealed class AssignmentOnPostgres() : AssignmentTests(TestProvider.Postgres);
