using System.Text.Json.Nodes;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Permissions.Tests;

/// <summary>
/// Record scopes and permissions over the demo tenant's seeded org: admin on top; carol manages alice and bob;
/// dave reports to admin. Customers are owned by admin, alice, bob and carol (15 each). Each test gets a fresh database.
/// </summary>
public abstract class AccessTests(TestProvider provider) : FreshAppTests(provider)
{
    [Theory]
    [InlineData("alice", "rep", 15, new[] { "alice" }, 1)]
    [InlineData("bob", "rep", 15, new[] { "bob" }, 1)]
    [InlineData("carol", "manager", 45, new[] { "alice", "bob", "carol" }, 3)]
    [InlineData("dave", "manager", 0, new string[0], 1)]
    [InlineData("admin", "admin", 60, new[] { "admin", "alice", "bob", "carol" }, 5)]
    [InlineData("zoe", "readonly", 60, new[] { "admin", "alice", "bob", "carol" }, 5)]
    [InlineData("nobody", "no-such-role", -1, new string[0], -1)]
    public async Task Each_role_sees_the_customers_and_reps_of_its_scope_in_lists_counts_and_filters(string user, string role, int expected, string[] owners,
        int reps)
    {
        var client = App.As("demo", user, role);

        var response = await client
            .PostAsync("{ customers(first: 100) { totalCount nodes { ownerId } } byFilter: customers(where: { ownerId: { eq: \"bob\" } }) { totalCount } }");
        var team = await client.PostAsync("{ salesReps(first: 100) { totalCount nodes { userId } } }");
        if (reps >= 0)
        {
            Assert.Equal(reps, team.Data!["salesReps"]!["totalCount"]!.GetValue<int>());
            Assert.Equal(reps, team.Data!["salesReps"]!["nodes"]!.AsArray().Count);
        }
        else
        {
            Assert.Equal("FORBIDDEN", team.FirstErrorCode);
        }

        if (expected < 0)
        {
            Assert.Equal("FORBIDDEN", response.FirstErrorCode);
            Assert.Null(response.Data);
            return;
        }

        var customers = response.Data!["customers"]!;
        Assert.Equal(expected, customers["totalCount"]!.GetValue<int>());
        Assert.Equal(owners, customers["nodes"]!.AsArray().Select(n => n!["ownerId"]!.GetValue<string>()).Distinct().Order());
        Assert.Equal(owners.Contains("bob") ? 15 : 0, response.Data!["byFilter"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_record_outside_the_scope_is_not_found_on_read_and_on_write()
    {
        var bobsCustomer = await FirstCustomerOfAsync("bob");
        var alice = App.As("demo", "alice", "rep");

        var read = await alice.DataAsync("query($id: ID!) { customer(id: $id) { name } node(id: $id) { id } }", new { id = bobsCustomer });
        Assert.Null(read["customer"]);
        Assert.Null(read["node"]);

        var update = await alice.PostAsync("mutation($id: ID!) { updateCustomer(input: { id: $id, region: \"Stolen\" }) { customer { id } } }",
            new { id = bobsCustomer });
        var contact = await alice.PostAsync("mutation($id: ID!) { addContact(input: { customerId: $id, name: \"Spy\" }) { contact { id } } }",
            new { id = bobsCustomer });
        Assert.Equal("NOT_FOUND", update.FirstErrorCode);
        Assert.Equal("NOT_FOUND", contact.FirstErrorCode);

        var carol = await App.As("demo", "carol", "manager").DataAsync("query($id: ID!) { customer(id: $id) { region ownerId contacts { name } } }",
            new { id = bobsCustomer });
        Assert.Equal("bob", carol["customer"]!["ownerId"]!.GetValue<string>());
        Assert.DoesNotContain("Spy", carol["customer"]!["contacts"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.NotEqual("Stolen", carol["customer"]!["region"]?.GetValue<string>());
    }

    [Fact]
    public async Task Records_cannot_be_given_to_an_owner_outside_the_scope_and_readonly_cannot_write()
    {
        var alice = App.As("demo", "alice", "rep");
        var toBob = await alice.PostAsync("mutation { createCustomer(input: { name: \"Gift\", ownerId: \"bob\" }) { customer { id } } }");
        Assert.Equal("FORBIDDEN", toBob.FirstErrorCode);

        var carol = App.As("demo", "carol", "manager");
        var toAlice = await carol.DataAsync("mutation { createCustomer(input: { name: \"For Alice\", ownerId: \"alice\" }) { customer { ownerId } } }");
        Assert.Equal("alice", toAlice["createCustomer"]!["customer"]!["ownerId"]!.GetValue<string>());
        var toDave = await carol.PostAsync("mutation { createCustomer(input: { name: \"For Dave\", ownerId: \"dave\" }) { customer { id } } }");
        Assert.Equal("FORBIDDEN", toDave.FirstErrorCode);

        var readOnly = await App.As("demo", "zoe", "readonly").PostAsync("mutation { createCustomer(input: { name: \"Nope\" }) { customer { id } } }");
        Assert.Equal("FORBIDDEN", readOnly.FirstErrorCode);
        var count = await App.As("demo").DataAsync("{ customers(where: { name: { in: [\"Gift\", \"For Dave\", \"Nope\"] } }) { totalCount } }");
        Assert.Equal(0, count["customers"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Moving_a_rep_changes_what_the_managers_see_at_once()
    {
        var carol = App.As("demo", "carol", "manager");
        Assert.Equal(45, await TotalAsync(carol));

        await App.As("demo").DataAsync("mutation { moveSalesRep(input: { userId: \"bob\", managerUserId: \"dave\" }) { salesRep { managerUserId } } }");

        Assert.Equal(30, await TotalAsync(carol));
        Assert.Equal(15, await TotalAsync(App.As("demo", "dave", "manager")));
        var reps = await carol.DataAsync("{ salesReps { nodes { userId } } }");
        Assert.Equal(["alice", "carol"], reps["salesReps"]!["nodes"]!.AsArray().Select(n => n!["userId"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task The_manager_tree_refuses_cycles_and_unknown_managers()
    {
        var admin = App.As("demo");
        var cycle = await admin.PostAsync("mutation { moveSalesRep(input: { userId: \"carol\", managerUserId: \"alice\" }) { salesRep { userId } } }");
        var unknown = await admin.PostAsync("mutation { moveSalesRep(input: { userId: \"carol\", managerUserId: \"ghost\" }) { salesRep { userId } } }");
        var byManager = await App.As("demo", "carol", "manager")
            .PostAsync("mutation { moveSalesRep(input: { userId: \"alice\", managerUserId: \"admin\" }) { salesRep { userId } } }");

        Assert.Equal("VALIDATION", cycle.FirstErrorCode);
        Assert.Equal("VALIDATION", unknown.FirstErrorCode);
        Assert.Equal("FORBIDDEN", byManager.FirstErrorCode);
    }

    [Fact]
    public async Task Reps_see_themselves_managers_their_subtree_and_customers_show_their_owner()
    {
        var alice = await App.As("demo", "alice", "rep")
            .DataAsync("{ salesReps { totalCount } me { name manager { name } } customers(first: 1) { nodes { owner { userId name } } } }");
        var admin = await App.As("demo").DataAsync("{ salesReps { totalCount } salesRep(userId: \"carol\") { directReports { userId } team { name } } }");

        Assert.Equal(1, alice["salesReps"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Alice Adams", alice["me"]!["name"]!.GetValue<string>());
        Assert.Null(alice["me"]!["manager"]);
        Assert.Equal("alice", alice["customers"]!["nodes"]![0]!["owner"]!["userId"]!.GetValue<string>());
        Assert.Equal(5, admin["salesReps"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["alice", "bob"], admin["salesRep"]!["directReports"]!.AsArray().Select(n => n!["userId"]!.GetValue<string>()));
        Assert.Equal("East", admin["salesRep"]!["team"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Training_records_are_seen_by_the_rep_and_their_managers_only()
    {
        var admin = App.As("demo");
        await admin
            .DataAsync(
                "mutation { recordTraining(input: { userId: \"alice\", course: \"Negotiation basics\", date: \"2026-10-15\", completed: true, score: 92.5 }) " +
                "{ training { course } } }");
        await admin
            .DataAsync("mutation { recordTraining(input: { userId: \"bob\", course: \"Product training\", completed: false }) { training { course } } }");
        var bad = await admin.PostAsync("mutation { recordTraining(input: { userId: \"ghost\", course: \"X\" }) { training { course } } }");
        Assert.Equal("NOT_FOUND", bad.FirstErrorCode);
        var badScore = await admin.PostAsync("mutation { recordTraining(input: { userId: \"alice\", course: \"X\", score: 101 }) { training { course } } }");
        Assert.Equal("VALIDATION", badScore.FirstErrorCode);

        var alice = await App.As("demo", "alice", "rep")
            .DataAsync("{ me { trainings { course completed score date } } bob: salesRep(userId: \"bob\") { trainings { course } } }");
        var carol = await App.As("demo", "carol", "manager").DataAsync("{ salesReps { nodes { userId trainings { course } } } }");

        var mine = Assert.Single(alice["me"]!["trainings"]!.AsArray());
        Assert.Equal(("Negotiation basics", true, 92.5m),
            (mine!["course"]!.GetValue<string>(), mine["completed"]!.GetValue<bool>(), mine["score"]!.GetValue<decimal>()));
        Assert.Null(alice["bob"]);
        var seen = carol["salesReps"]!["nodes"]!.AsArray().SelectMany(n => n!["trainings"]!.AsArray().Select(t => t!["course"]!.GetValue<string>())).Order()
            .ToList();
        Assert.Equal(["Negotiation basics", "Product training"], seen);
        var byRep = await App.As("demo", "alice", "rep")
            .PostAsync("mutation { recordTraining(input: { userId: \"alice\", course: \"Self-awarded\" }) { training { course } } }");
        Assert.Equal("FORBIDDEN", byRep.FirstErrorCode);
    }

    [Fact]
    public async Task Leaving_reps_keep_their_customers_until_reassigned()
    {
        var admin = App.As("demo");
        await admin.DataAsync("mutation { deactivateSalesRep(input: { userId: \"bob\" }) { salesRep { active } } }");
        Assert.Equal(15,
            (await admin.DataAsync("{ customers(where: { ownerId: { eq: \"bob\" } }) { totalCount } }"))["customers"]!["totalCount"]!.GetValue<int>());

        var moved = await admin.DataAsync("mutation { reassignCustomers(input: { fromOwnerId: \"bob\", toOwnerId: \"alice\" }) { count } }");

        Assert.Equal(15, moved["reassignCustomers"]!["count"]!.GetValue<int>());
        Assert.Equal(30, await TotalAsync(App.As("demo", "alice", "rep")));
        var inactive = await admin.DataAsync("{ salesReps { totalCount } all: salesReps(includeInactive: true) { totalCount } }");
        Assert.Equal(4, inactive["salesReps"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(5, inactive["all"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_admin_can_ask_why_a_user_sees_a_record()
    {
        var admin = App.As("demo");
        await admin.DataAsync("mutation { assignRole(input: { userId: \"carol\", role: \"manager\" }) { roles } }");
        await admin.DataAsync("mutation { assignRole(input: { userId: \"dave\", role: \"rep\" }) { roles } }");
        var alicesCustomer = await FirstCustomerOfAsync("alice");

        var data = await admin.DataAsync("""
            query($id: ID!) {
              carol: accessExplanation(userId: "carol", recordId: $id) { allowed reason roles scope ownerId managerChain }
              dave: accessExplanation(userId: "dave", recordId: $id) { allowed reason scope }
              nobody: accessExplanation(userId: "nobody", recordId: $id) { allowed reason }
            }
            """, new { id = alicesCustomer });

        Assert.True(data["carol"]!["allowed"]!.GetValue<bool>());
        Assert.Equal("TEAM", data["carol"]!["scope"]!.GetValue<string>());
        Assert.Equal(["alice", "carol"], data["carol"]!["managerChain"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.False(data["dave"]!["allowed"]!.GetValue<bool>());
        Assert.Contains("outside", data["dave"]!["reason"]!.GetValue<string>());
        Assert.False(data["nobody"]!["allowed"]!.GetValue<bool>());

        var byRep = await App.As("demo", "alice", "rep").PostAsync("query($id: ID!) { accessExplanation(userId: \"carol\", recordId: $id) { allowed } }",
            new { id = alicesCustomer });
        Assert.Equal("FORBIDDEN", byRep.FirstErrorCode);
    }

    [Fact]
    public async Task A_denied_field_is_forbidden_alone_and_the_rest_of_the_answer_stands()
    {
        await App.As("demo").DataAsync("""
            mutation {
                defineRole(input: { name: "support", permissions: ["customers.read"], scope: TENANT, deniedFields: ["Contact.phone"] }) { role { name
                    deniedFields } } }
            """);

        var response = await App.As("demo", "sam", "support").PostAsync("{ customers(first: 2) { nodes { name contacts { name phone } } } }");

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        var contact = response.Data!["customers"]!["nodes"]![0]!["contacts"]![0]!;
        Assert.False(string.IsNullOrEmpty(contact["name"]!.GetValue<string>()));
        Assert.Null(contact["phone"]);
        var phone = (await App.As("demo").DataAsync("{ customers(first: 1) { nodes { contacts { phone } } } }"))
            ["customers"]!["nodes"]![0]!["contacts"]![0]!["phone"]!.GetValue<string>();
        Assert.Equal(1,
            (await App.As("demo").DataAsync("query($s: String) { customers(search: $s) { totalCount } }", new { s = phone }))
                ["customers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0,
            (await App.As("demo", "sam", "support").DataAsync("query($s: String) { customers(search: $s) { totalCount } }", new { s = phone }))
                ["customers"]!["totalCount"]!.GetValue<int>());
        await App.As("demo")
            .DataAsync(
                "mutation { defineRole(input: { name: \"blind\", permissions: [\"opportunities.read\"], scope: TENANT, deniedFields: " +
                "[\"Opportunity.amount\"] }) { role { name } } }");
        var sorted = await App.As("demo", "bea", "blind").PostAsync("{ opportunities(order: [{ amount: ASC }]) { totalCount } }");
        Assert.Equal("FORBIDDEN", sorted.FirstErrorCode);
        var myAccess = await App.As("demo", "sam", "support").DataAsync("{ myAccess { permissions scope deniedFields } }");
        Assert.Equal(["Contact.phone"], myAccess["myAccess"]!["deniedFields"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    private async Task<string> FirstCustomerOfAsync(string owner)
    {
        var data = await App.As("demo").DataAsync("query($o: String) { customers(first: 1, where: { ownerId: { eq: $o } }) { nodes { id } } }",
            new { o = owner });
        return data["customers"]!["nodes"]![0]!["id"]!.GetValue<string>();
    }

    private static async Task<int> TotalAsync(GraphQLClient client) =>
        (await client.DataAsync("{ customers { totalCount } }"))["customers"]!["totalCount"]!.GetValue<int>();
}

public sealed class AccessOnSqlite() : AccessTests(TestProvider.Sqlite);

public sealed class AccessOnPostgres() : AccessTests(TestProvider.Postgres);
