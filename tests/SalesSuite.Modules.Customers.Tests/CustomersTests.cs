using System.Text.Json.Nodes;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Customers.Tests;

/// <summary>The Customers module through its GraphQL slice, as a client sees it; runs on SQLite and on PostgreSQL.</summary>
public abstract class CustomersTests(AppFixture fixture)
{
    private const string SeededOwners = "{ ownerId: { in: [\"admin\", \"alice\", \"bob\", \"carol\"] } }";

    protected SalesSuiteApp App => fixture.App;

    private GraphQLClient Writer => App.As("demo", "writer", "rep");

    [Fact]
    public async Task Each_tenant_sees_its_own_seeded_customers()
    {
        var demo = await App.As("demo").DataAsync($"{{ customers(first: 100, where: {SeededOwners}) {{ totalCount nodes {{ name }} }} }}");
        var acme = await App.As("acme").DataAsync($"{{ customers(first: 100, where: {SeededOwners}) {{ totalCount nodes {{ name }} }} }}");

        Assert.Equal(60, demo["customers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(5, acme["customers"]!["totalCount"]!.GetValue<int>());
        var acmeNames = Names(acme["customers"]!).ToHashSet();
        Assert.Contains("Roadrunner Logistics", acmeNames);
        Assert.Empty(Names(demo["customers"]!).Intersect(acmeNames));
    }

    [Fact]
    public async Task Creating_a_customer_returns_it_owned_by_the_caller_with_its_contacts()
    {
        var data = await Writer.DataAsync("""
            mutation($input: CreateCustomerInput!) { createCustomer(input: $input) {
              customer { id name kind level tags ownerId version lifecycleStage archived address { city country }
                         contacts { name email phone isPrimary } } } }
            """,
            new
            {
                input = new
                {
                    name = "  Northwind Traders  ",
                    kind = "COMPANY",
                    level = "A",
                    tags = new[] { "vip", "VIP", "tender" },
                    address = new { city = "Seattle", country = "United States" },
                    contacts = new object[]
                    {
                        new { name = "Nancy Davolio", email = "Nancy@Northwind.example", phone = "+1 206 555 0100" },
                        new { name = "Andrew Fuller", email = "andrew@northwind.example", isPrimary = true },
                    },
                },
            });

        var customer = data["createCustomer"]!["customer"]!;
        Assert.Equal("Northwind Traders", customer["name"]!.GetValue<string>());
        Assert.Equal("writer", customer["ownerId"]!.GetValue<string>());
        Assert.Equal(1, customer["version"]!.GetValue<long>());
        Assert.Equal("LEAD", customer["lifecycleStage"]!.GetValue<string>());
        Assert.Equal(["vip", "tender"], customer["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("Seattle", customer["address"]!["city"]!.GetValue<string>());
        var contacts = customer["contacts"]!.AsArray();
        Assert.Equal("Andrew Fuller", contacts[0]!["name"]!.GetValue<string>());
        Assert.True(contacts[0]!["isPrimary"]!.GetValue<bool>());
        Assert.False(contacts[1]!["isPrimary"]!.GetValue<bool>());
        Assert.Equal("nancy@northwind.example", contacts[1]!["email"]!.GetValue<string>());

        var id = customer["id"]!.GetValue<string>();
        var read = await Writer.DataAsync("query($id: ID!) { customer(id: $id) { name } node(id: $id) { id ... on Customer { name } } }", new { id });
        Assert.Equal("Northwind Traders", read["customer"]!["name"]!.GetValue<string>());
        Assert.Equal(id, read["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_input_is_refused_field_by_field_and_nothing_is_written()
    {
        var before = await CountAsync("{ name: { eq: \"Broken Co\" } }");

        var response = await Writer.PostAsync("""
            mutation { createCustomer(input: { name: "Broken Co", level: "Z",
              contacts: [{ name: "", email: "not-an-email", phone: "call me" }] }) { customer { id } } }
            """);

        Assert.Equal("VALIDATION", response.FirstErrorCode);
        var fields = response.Errors[0]["extensions"]!["fields"]!.AsArray().Select(f => f!["field"]!.GetValue<string>()).ToList();
        Assert.Equal(["level", "contacts[0].name", "contacts[0].phone", "contacts[0].email"], fields);
        Assert.Null(response.Data?["createCustomer"]);
        Assert.Equal(before, await CountAsync("{ name: { eq: \"Broken Co\" } }"));

        var empty = await Writer.PostAsync("mutation { createCustomer(input: { name: \"   \" }) { customer { id } } }");
        Assert.Equal("VALIDATION", empty.FirstErrorCode);
        Assert.Contains("name is required", empty.Errors[0]["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stale_update_is_a_conflict_and_changes_nothing()
    {
        var id = await CreateAsync("Conflict Corp");
        var first = await Writer.DataAsync(
            "mutation($id: ID!) { updateCustomer(input: { id: $id, version: 1, region: \"North\" }) { customer { region version } } }", new { id });
        Assert.Equal(2, first["updateCustomer"]!["customer"]!["version"]!.GetValue<long>());

        var stale = await Writer.PostAsync("mutation($id: ID!) { updateCustomer(input: { id: $id, version: 1, region: \"South\" }) { customer { region } } }",
            new { id });

        Assert.Equal("CONFLICT", stale.FirstErrorCode);
        var read = await Writer.DataAsync("query($id: ID!) { customer(id: $id) { region version } }", new { id });
        Assert.Equal("North", read["customer"]!["region"]!.GetValue<string>());
        Assert.Equal(2, read["customer"]!["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task An_update_changes_only_the_fields_it_sends_and_null_clears()
    {
        var id = await CreateAsync("Patch Ltd", industry: "Retail", source: "Referral");

        var data = await Writer.DataAsync(
            "mutation($id: ID!) { updateCustomer(input: { id: $id, industry: null, region: \"East\" }) { customer { name industry source region } } }",
            new { id });

        var customer = data["updateCustomer"]!["customer"]!;
        Assert.Equal("Patch Ltd", customer["name"]!.GetValue<string>());
        Assert.Null(customer["industry"]);
        Assert.Equal("Referral", customer["source"]!.GetValue<string>());
        Assert.Equal("East", customer["region"]!.GetValue<string>());
    }

    [Fact]
    public async Task Archived_customers_leave_the_list_and_come_back_on_restore()
    {
        var id = await CreateAsync("Archive Me Inc");
        await Writer.DataAsync("mutation($id: ID!) { archiveCustomer(input: { id: $id }) { customer { archived } } }", new { id });

        Assert.Equal(0, await CountAsync("{ name: { eq: \"Archive Me Inc\" } }"));
        var withArchived = await Writer.DataAsync(
            "{ customers(includeArchived: true, where: { name: { eq: \"Archive Me Inc\" } }) { nodes { archived archivedAt } } }");
        Assert.True(withArchived["customers"]!["nodes"]![0]!["archived"]!.GetValue<bool>());
        Assert.Equal(App.Clock.GetUtcNow(), withArchived["customers"]!["nodes"]![0]!["archivedAt"]!.GetValue<DateTimeOffset>());

        await Writer.DataAsync("mutation($id: ID!) { restoreCustomer(input: { id: $id }) { customer { archived } } }", new { id });
        Assert.Equal(1, await CountAsync("{ name: { eq: \"Archive Me Inc\" } }"));
    }

    [Fact]
    public async Task Contacts_are_added_changed_and_removed_with_one_primary()
    {
        var id = await CreateAsync("Contacts Co", contactName: "First Person");
        var added = await Writer.DataAsync("""
            mutation($id: ID!) { addContact(input: { customerId: $id, name: "Second Person", email: "second@contacts.example", isPrimary: true }) {
              contact { id name isPrimary } customer { version contacts { name isPrimary } } } }
            """, new { id });
        var contacts = added["addContact"]!["customer"]!["contacts"]!.AsArray();
        Assert.Equal(["Second Person", "First Person"], contacts.Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal([true, false], contacts.Select(c => c!["isPrimary"]!.GetValue<bool>()));
        Assert.Equal(2, added["addContact"]!["customer"]!["version"]!.GetValue<long>());

        var contactId = added["addContact"]!["contact"]!["id"]!.GetValue<string>();
        var changed = await Writer.DataAsync("mutation($c: ID!) { updateContact(input: { id: $c, title: \"CFO\" }) { contact { title email } } }",
            new { c = contactId });
        Assert.Equal("CFO", changed["updateContact"]!["contact"]!["title"]!.GetValue<string>());
        Assert.Equal("second@contacts.example", changed["updateContact"]!["contact"]!["email"]!.GetValue<string>());

        var removed = await Writer.DataAsync("mutation($c: ID!) { removeContact(input: { id: $c }) { customer { contacts { name isPrimary } } } }",
            new { c = contactId });
        var left = removed["removeContact"]!["customer"]!["contacts"]!.AsArray();
        Assert.Single(left);
        Assert.True(left[0]!["isPrimary"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Quick_search_finds_customers_by_name_part_or_exact_phone_or_email()
    {
        await CreateAsync("Quokka Quarries", contactName: "Quinn", email: "quinn@quokka-search.example", phone: "+61 2 5550 1234");

        Assert.Equal(["Quokka Quarries"], await SearchAsync("qUoKkA qua"));
        Assert.Equal(["Quokka Quarries"], await SearchAsync("Quinn@Quokka-Search.example"));
        Assert.Equal(["Quokka Quarries"], await SearchAsync("+61 (2) 5550-1234"));
        Assert.Empty(await SearchAsync("5550 1234"));
        Assert.Empty(await SearchAsync("no-such-customer-anywhere"));
    }

    [Fact]
    public async Task Where_and_order_run_in_SQL()
    {
        await CreateAsync("Filter Alpha", level: "A", tags: ["filter-test", "x"], region: "North");
        await CreateAsync("Filter Beta", level: "B", tags: ["filter-test"], region: "South");
        await CreateAsync("Filter Gamma", level: "C", tags: ["other"], region: "North");
        App.Sql.Clear();

        var data = await Writer.DataAsync("""
            { customers(
                where: { name: { startsWith: "Filter " }, or: [{ tags: { some: { eq: "filter-test" } } }, { level: { in: ["C"] } }],
                         region: { neq: "West" }, kind: { eq: COMPANY } },
                order: [{ region: ASC }, { name: DESC }]) { totalCount nodes { name } } }
            """);

        Assert.Equal(["Filter Gamma", "Filter Alpha", "Filter Beta"], Names(data["customers"]!));
        Assert.Equal(3, data["customers"]!["totalCount"]!.GetValue<int>());
        var select = Assert.Single(App.Sql.Commands, c => c.Contains("ORDER BY", StringComparison.Ordinal));
        Assert.Contains("WHERE", select);
        Assert.Contains("LIKE", select, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("(?i)LIMIT", select);
        Assert.Contains(App.Sql.Commands, c => c.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Pages_follow_cursors_forwards_and_backwards()
    {
        for (var i = 1; i <= 5; i++)
        {
            await CreateAsync($"Page {i:00}");
        }

        const string query = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              customers(where: { name: { startsWith: "Page " } }, order: [{ name: ASC }], first: $first, after: $after, last: $last, before: $before) {
                totalCount nodes { name } edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
            """;
        var page1 = (await Writer.DataAsync(query, new { first = 2 }))["customers"]!;
        Assert.Equal(["Page 01", "Page 02"], Names(page1));
        Assert.True(page1["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(page1["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(5, page1["totalCount"]!.GetValue<int>());

        var page2 = (await Writer.DataAsync(query, new { first = 2, after = page1["pageInfo"]!["endCursor"]!.GetValue<string>() }))["customers"]!;
        Assert.Equal(["Page 03", "Page 04"], Names(page2));
        Assert.True(page2["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        var page3 = (await Writer.DataAsync(query, new { first = 2, after = page2["pageInfo"]!["endCursor"]!.GetValue<string>() }))["customers"]!;
        Assert.Equal(["Page 05"], Names(page3));
        Assert.False(page3["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var last = (await Writer.DataAsync(query, new { last = 2 }))["customers"]!;
        Assert.Equal(["Page 04", "Page 05"], Names(last));
        var before = (await Writer.DataAsync(query, new { last = 2, before = last["pageInfo"]!["startCursor"]!.GetValue<string>() }))["customers"]!;
        Assert.Equal(["Page 02", "Page 03"], Names(before));
        Assert.Equal(page2["edges"]![0]!["cursor"]!.GetValue<string>(), before["edges"]![1]!["cursor"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("first: 0", "first")]
    [InlineData("first: 101", "first")]
    [InlineData("last: -1", "last")]
    [InlineData("first: 5, last: 5", "first")]
    [InlineData("after: \"bm90LWEtY3Vyc29y\"", "after")]
    public async Task Bad_paging_arguments_are_validation_errors(string arguments, string field)
    {
        var response = await Writer.PostAsync($"{{ customers({arguments}) {{ totalCount }} }}");

        Assert.Equal("VALIDATION", response.FirstErrorCode);
        Assert.Equal(field, response.Errors[0]["extensions"]!["fields"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Contacts_of_a_whole_page_load_in_one_query()
    {
        App.Sql.Clear();
        var data = await App.As("demo").DataAsync("{ customers(first: 50, where: " + SeededOwners + ") { nodes { name contacts { name email } } } }");

        Assert.Equal(50, data["customers"]!["nodes"]!.AsArray().Count);
        Assert.All(data["customers"]!["nodes"]!.AsArray(), n => Assert.NotEmpty(n!["contacts"]!.AsArray()));
        // Left out: the access grant's queries (Permissions, Team) and the audit entry for reading contact emails.
        var customerQueries = App.Sql.Commands.Where(c => c.Contains("ustomers", StringComparison.Ordinal) && !c.Contains("AuditLog", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(2, customerQueries.Count);
        Assert.Single(customerQueries, c => c.Contains("Contacts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Follow_ups_fall_due_as_the_clock_moves_and_leave_when_done()
    {
        var id = await CreateAsync("Follow Up Inc");
        var now = App.Clock.GetUtcNow();
        var logged = await Writer.DataAsync("""
            mutation($id: ID!, $at: DateTimeOffset!) { logInteraction(input: { customerId: $id, kind: CALL, subject: "Discuss renewal", nextFollowUpAt: $at }) {
              interaction { id subject createdBy customer { name } } } }
            """, new { id, at = now.AddDays(2) });
        var interactionId = logged["logInteraction"]!["interaction"]!["id"]!.GetValue<string>();
        Assert.Equal("Follow Up Inc", logged["logInteraction"]!["interaction"]!["customer"]!["name"]!.GetValue<string>());

        Assert.DoesNotContain("Discuss renewal", await DueSubjectsAsync());
        App.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Contains("Discuss renewal", await DueSubjectsAsync());

        await Writer.DataAsync("mutation($i: ID!) { completeFollowUp(input: { id: $i }) { interaction { followUpDoneAt } } }", new { i = interactionId });
        Assert.DoesNotContain("Discuss renewal", await DueSubjectsAsync());

        var timeline = await Writer.DataAsync("query($id: ID!) { customer(id: $id) { interactions { totalCount nodes { subject kind } } } }", new { id });
        Assert.Equal(1, timeline["customer"]!["interactions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("CALL", timeline["customer"]!["interactions"]!["nodes"]![0]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Levels_and_categories_are_defined_per_tenant()
    {
        await App.As("acme").DataAsync("mutation { defineCustomerLevel(input: { code: \"BRONZE\", name: \"Bronze\", rank: 3 }) { level { code } } }");

        var acme = await App.As("acme").DataAsync("{ customerLevels { code rank } }");
        var demo = await App.As("demo").DataAsync("{ customerLevels { code } customerCategories { code } }");
        Assert.Equal(["GOLD", "SILVER", "BRONZE"], acme["customerLevels"]!.AsArray().Select(l => l!["code"]!.GetValue<string>()));
        Assert.Equal(["A", "B", "C"], demo["customerLevels"]!.AsArray().Select(l => l!["code"]!.GetValue<string>()));
        Assert.Contains("ENT", demo["customerCategories"]!.AsArray().Select(l => l!["code"]!.GetValue<string>()));

        var bad = await App.As("acme").PostAsync("mutation { defineCustomerLevel(input: { code: \"X\", name: \"X\", rank: 0 }) { level { code } } }");
        Assert.Equal("VALIDATION", bad.FirstErrorCode);
        var usesDemoLevel = await App.As("acme").PostAsync("mutation { createCustomer(input: { name: \"Level Leak\", level: \"A\" }) { customer { id } } }");
        Assert.Equal("VALIDATION", usesDemoLevel.FirstErrorCode);
    }

    [Fact]
    public async Task Another_tenant_can_neither_read_nor_change_a_customer()
    {
        var id = await CreateAsync("Secret Demo Deal", contactName: "Hidden Person", email: "hidden@secret.example");
        var interaction = await Writer.DataAsync(
            "mutation($id: ID!) { logInteraction(input: { customerId: $id, kind: NOTE, subject: \"secret\", nextFollowUpAt: \"2030-01-01T00:00:00Z\" }) { " +
            "interaction { id } } }",
            new { id });
        var interactionId = interaction["logInteraction"]!["interaction"]!["id"]!.GetValue<string>();
        var contacts = await Writer.DataAsync("query($id: ID!) { customer(id: $id) { contacts { id } } }", new { id });
        var contactId = contacts["customer"]!["contacts"]![0]!["id"]!.GetValue<string>();
        var acme = App.As("acme", "admin", "admin");

        var read = await acme.DataAsync(
            "query($id: ID!, $i: ID!) { customer(id: $id) { name } node(id: $id) { id } interaction: node(id: $i) { id } nodes(ids: [$id]) { id } }",
            new { id, i = interactionId });
        Assert.Null(read["customer"]);
        Assert.Null(read["node"]);
        Assert.Null(read["interaction"]);
        Assert.Null(read["nodes"]![0]);
        var byFilter = await acme.DataAsync(
            "{ customers(includeArchived: true, where: { name: { contains: \"Secret Demo\" } }) { totalCount } byContact: customers(search: " +
            "\"hidden@secret.example\") { totalCount } }");
        Assert.Equal(0, byFilter["customers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, byFilter["byContact"]!["totalCount"]!.GetValue<int>());

        foreach (var (mutation, variables) in new (string, object)[]
        {
            ("mutation($id: ID!) { updateCustomer(input: { id: $id, name: \"Hijacked\" }) { customer { id } } }", new { id }),
            ("mutation($id: ID!) { archiveCustomer(input: { id: $id }) { customer { id } } }", new { id }),
            ("mutation($id: ID!) { addContact(input: { customerId: $id, name: \"Intruder\" }) { contact { id } } }", new { id }),
            ("mutation($id: ID!) { updateContact(input: { id: $id, name: \"Intruder\" }) { contact { id } } }", new { id = contactId }),
            ("mutation($id: ID!) { removeContact(input: { id: $id }) { customer { id } } }", new { id = contactId }),
            ("mutation($id: ID!) { logInteraction(input: { customerId: $id, kind: NOTE, subject: \"x\" }) { interaction { id } } }", new { id }),
            ("mutation($id: ID!) { completeFollowUp(input: { id: $id }) { interaction { id } } }", new { id = interactionId }),
        })
        {
            var response = await acme.PostAsync(mutation, variables);
            Assert.Equal("NOT_FOUND", response.FirstErrorCode);
        }

        var after = await Writer.DataAsync(
            "query($id: ID!) { customer(id: $id) { name version archived contacts { name } interactions { nodes { followUpDoneAt } } } }", new { id });
        Assert.Equal("Secret Demo Deal", after["customer"]!["name"]!.GetValue<string>());
        Assert.Equal(1, after["customer"]!["version"]!.GetValue<long>());
        Assert.False(after["customer"]!["archived"]!.GetValue<bool>());
        Assert.Equal(["Hidden Person"], after["customer"]!["contacts"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Null(after["customer"]!["interactions"]!["nodes"]![0]!["followUpDoneAt"]);
    }

    [Fact]
    public async Task A_malformed_or_foreign_type_id_is_a_validation_error()
    {
        var response = await Writer.PostAsync("{ customer(id: \"garbage\") { name } }");
        Assert.Equal("VALIDATION", response.FirstErrorCode);

        var contactAsCustomer = SharedKernel.GraphQL.GlobalId.Encode("Contact", Guid.NewGuid());
        var wrongType = await Writer.PostAsync("query($id: ID!) { customer(id: $id) { name } }", new { id = contactAsCustomer });
        Assert.Equal("VALIDATION", wrongType.FirstErrorCode);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("rep")]
    public async Task A_page_of_plain_fields_reads_the_same_values_as_one_that_loads_whole_customers(string role)
    {
        // The first selects only fields that say what they read, so only those columns are loaded; naming address (an owned
        // value with encrypted lines) anywhere in the document makes the page load whole customers.
        const string Plain = """
            id name kind level category industry source region tags ownerId lifecycleStage archived archivedAt createdAt updatedAt
            version contacts { name email } assignment { rule }
            """;
        var client = role == "admin" ? App.As("demo") : Writer;
        await CreateAsync("Projection Probe", level: "A", tags: ["probe", "vip"], region: "North", industry: "Retail", source: "Fair",
            contactName: "Pat Probe", email: "pat@probe.example");
        var order = "order: [{ name: ASC }]";

        var projected = await client.DataAsync($"{{ customers(first: 80, {order}) {{ nodes {{ {Plain} }} }} }}");
        var whole = await client.DataAsync($"{{ customers(first: 80, {order}) {{ nodes {{ {Plain} address {{ city }} }} }} }}");
        var throughFragment = await client.DataAsync(
            $"{{ customers(first: 80, {order}) {{ nodes {{ ...Plain }} }} }} fragment Plain on Customer {{ {Plain} }}");

        var expected = whole["customers"]!["nodes"]!.AsArray().Select(n =>
        {
            var copy = n!.DeepClone().AsObject();
            copy.Remove("address");
            return copy.ToJsonString();
        }).ToList();
        Assert.Contains(expected, n => n.Contains("\"Projection Probe\"", StringComparison.Ordinal)
            && n.Contains("pat@probe.example", StringComparison.Ordinal) && n.Contains("\"North\"", StringComparison.Ordinal));
        Assert.Equal(expected, projected["customers"]!["nodes"]!.AsArray().Select(n => n!.ToJsonString()));
        Assert.Equal(expected, throughFragment["customers"]!["nodes"]!.AsArray().Select(n => n!.ToJsonString()));
    }

    private static IEnumerable<string> Names(JsonNode connection) =>
        connection["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();

    private async Task<int> CountAsync(string where)
    {
        var data = await Writer.DataAsync($"{{ customers(where: {where}) {{ totalCount }} }}");
        return data["customers"]!["totalCount"]!.GetValue<int>();
    }

    private async Task<List<string>> SearchAsync(string term)
    {
        var data = await Writer.DataAsync("query($s: String) { customers(search: $s) { nodes { name } } }", new { s = term });
        return Names(data["customers"]!).ToList();
    }

    private async Task<List<string>> DueSubjectsAsync()
    {
        var data = await Writer.DataAsync("{ followUpsDue(first: 100) { nodes { subject } } }");
        return data["followUpsDue"]!["nodes"]!.AsArray().Select(n => n!["subject"]!.GetValue<string>()).ToList();
    }

    private async Task<string> CreateAsync(string name, string? level = null, string[]? tags = null, string? region = null,
        string? industry = null, string? source = null, string? contactName = null, string? email = null, string? phone = null)
    {
        var data = await Writer.DataAsync(
            "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } } }",
            new
            {
                input = new
                {
                    name,
                    level,
                    tags,
                    region,
                    industry,
                    source,
                    contacts = contactName is null ? null : new[] { new { name = contactName, email, phone } },
                },
            });
        return data["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
    }
}

public sealed class CustomersOnSqlite(SqliteAppFixture fixture) : CustomersTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class CustomersOnPostgres(PostgresAppFixture fixture) : CustomersTests(fixture), IClassFixture<PostgresAppFixture>;
