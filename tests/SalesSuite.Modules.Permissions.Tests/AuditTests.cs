using System.Data.Common;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Npgsql;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Permissions.Tests;

/// <summary>The audit log: one entry per changed object in the change's transaction, chained by hash, verifiable.</summary>
public abstract class AuditTests(TestProvider provider) : FreshAppTests(provider)
{
    [Fact]
    public async Task Every_mutation_leaves_who_when_what_and_before_and_after()
    {
        var alice = App.As("demo", "alice", "rep");
        var created = await alice.DataAsync("""
            mutation { createCustomer(input: { name: "Audited Ltd", region: "North", contacts: [{ name: "Ann" }, { name: "Ben" }] }) { customer { id } } }
            """);
        var id = created["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        await alice.DataAsync("mutation($id: ID!) { updateCustomer(input: { id: $id, region: \"South\" }) { customer { id } } }", new { id });
        var failed = await alice.PostAsync("mutation($id: ID!) { updateCustomer(input: { id: $id, name: \"\" }) { customer { id } } }", new { id });
        Assert.Equal("VALIDATION", failed.FirstErrorCode);

        var history = await App.As("demo").DataAsync("""
            query($id: ID!) { entityHistory(id: $id) { totalCount nodes { sequence actorId operation action entityType changes requestId at } } }
            """, new { id });

        var entries = history["entityHistory"]!["nodes"]!.AsArray();
        Assert.Equal(2, entries.Count);
        Assert.Equal(["createCustomer", "updateCustomer"], entries.Select(e => e!["operation"]!.GetValue<string>()));
        Assert.Equal(["CREATED", "UPDATED"], entries.Select(e => e!["action"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal("alice", e!["actorId"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e!["requestId"]!.GetValue<string>())));
        var update = JsonNode.Parse(entries[1]!["changes"]!.GetValue<string>())!;
        Assert.Equal("North", update["Region"]!["before"]!.GetValue<string>());
        Assert.Equal("South", update["Region"]!["after"]!.GetValue<string>());
        Assert.Single(update.AsObject());
        Assert.Equal(App.Clock.GetUtcNow(), entries[0]!["at"]!.GetValue<DateTimeOffset>());

        var contacts = await App.As("demo")
            .DataAsync("{ auditLog(where: { operation: { eq: \"createCustomer\" }, entityType: { eq: \"Contact\" } }) { totalCount } }");
        Assert.Equal(2, contacts["auditLog"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_address_change_is_audited_with_its_fields_and_protected_parts_masked()
    {
        var admin = App.As("demo");
        var id = (await admin
            .DataAsync("mutation { createCustomer(input: { name: \"Moving Co\", address: { city: \"Austin\", line1: \"1 Old Road\" } }) { customer { id } } }"))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

        await admin.DataAsync(
            "mutation($id: ID!) { updateCustomer(input: { id: $id, address: { city: \"Boston\", line1: \"2 New Street\" } }) { customer { address { city } } " +
            "} }",
            new { id });

        var history = await admin.DataAsync("query($id: ID!) { entityHistory(id: $id) { nodes { action changes } } }", new { id });
        var update = JsonNode.Parse(history["entityHistory"]!["nodes"]!.AsArray().Last()!["changes"]!.GetValue<string>())!;
        Assert.Equal("Austin", update["Address.City"]!["before"]!.GetValue<string>());
        Assert.Equal("Boston", update["Address.City"]!["after"]!.GetValue<string>());
        Assert.Equal("(protected)", update["Address.Line1"]!["after"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_verification_names_the_first_entry_that_was_edited_in_the_database()
    {
        var admin = App.As("demo");
        for (var i = 0; i < 3; i++)
        {
            await admin.DataAsync($"mutation {{ createCustomer(input: {{ name: \"Chain {i}\" }}) {{ customer {{ id }} }} }}");
        }

        var intact = await admin.DataAsync("{ auditChainVerification { valid checkedEntries firstBrokenSequence } }");
        Assert.True(intact["auditChainVerification"]!["valid"]!.GetValue<bool>());
        Assert.Equal(3, intact["auditChainVerification"]!["checkedEntries"]!.GetValue<long>());

        await ExecuteSqlAsync(Provider == TestProvider.Sqlite
            ? "UPDATE audit_AuditLog SET ActorId = 'mallory' WHERE Sequence = 2 AND TenantId = 'demo'"
            : "UPDATE audit.\"AuditLog\" SET \"ActorId\" = 'mallory' WHERE \"Sequence\" = 2 AND \"TenantId\" = 'demo'");

        var broken = await admin.DataAsync("{ auditChainVerification { valid checkedEntries firstBrokenSequence reason } }");
        Assert.False(broken["auditChainVerification"]!["valid"]!.GetValue<bool>());
        Assert.Equal(2, broken["auditChainVerification"]!["firstBrokenSequence"]!.GetValue<long>());
        Assert.Equal(1, broken["auditChainVerification"]!["checkedEntries"]!.GetValue<long>());
        var acme = await App.As("acme").DataAsync("{ auditChainVerification { valid } }");
        Assert.True(acme["auditChainVerification"]!["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Concurrent_mutations_keep_one_unbroken_chain()
    {
        var admin = App.As("demo");
        await Task
            .WhenAll(Enumerable.Range(0, 12)
                .Select(i => admin.DataAsync($"mutation {{ createCustomer(input: {{ name: \"Parallel {i}\" }}) {{ customer {{ id }} }} }}")));

        var data = await admin
            .DataAsync("{ auditChainVerification { valid checkedEntries } auditLog(first: 100, order: [{ sequence: ASC }]) { nodes { sequence } } }");

        Assert.True(data["auditChainVerification"]!["valid"]!.GetValue<bool>());
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), data["auditLog"]!["nodes"]!.AsArray().Select(n => n!["sequence"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Writers_queue_on_the_chain_instead_of_failing_while_an_import_holds_its_transaction()
    {
        var admin = App.As("demo");
        var csv = "Name,Contact,Email\n" + string.Join("\n", Enumerable.Range(0, 300).Select(i => $"Queued {i},Q{i},queued{i}@chain.example")) + "\n";
        var import = admin.UploadAsync(
            "mutation($input: ImportCustomersInput!) { importCustomers(input: $input) { import { created refused duplicates merged } } }",
            new JsonObject { ["input"] = new JsonObject { ["file"] = null } }, "input.file", "queued.csv", System.Text.Encoding.UTF8.GetBytes(csv));
        var writes = Enumerable.Range(0, 8)
            .Select(i => admin.PostAsync($"mutation {{ createCustomer(input: {{ name: \"Beside {i}\" }}) {{ customer {{ id }} }} }}")).ToList();

        var imported = await import;
        var written = await Task.WhenAll(writes);

        Assert.Empty(imported.Errors);
        Assert.True(imported.Data!["importCustomers"]!["import"]!["created"]!.GetValue<int>() == 300, imported.Body);
        Assert.All(written, w => Assert.Empty(w.Errors));
        var chain = await admin.DataAsync("{ auditChainVerification { valid checkedEntries } }");
        Assert.True(chain["auditChainVerification"]!["valid"]!.GetValue<bool>());
        Assert.True(chain["auditChainVerification"]!["checkedEntries"]!.GetValue<long>() >= 308);
    }

    [Fact]
    public async Task Reading_sensitive_fields_is_recorded_once_per_request_with_the_records_read()
    {
        await App.As("demo", "alice", "rep").DataAsync("{ customers(first: 3) { nodes { name contacts { name phone email } } } }");
        await App.As("demo", "alice", "rep").DataAsync("{ customers(first: 3) { nodes { name contacts { name } } } }");

        var reads = await App.As("demo")
            .DataAsync("{ auditLog(where: { action: { eq: \"READ\" } }) { totalCount nodes { actorId entityType changes operation } } }");

        Assert.Equal(1, reads["auditLog"]!["totalCount"]!.GetValue<int>());
        var entry = reads["auditLog"]!["nodes"]![0]!;
        Assert.Equal("alice", entry["actorId"]!.GetValue<string>());
        Assert.Equal("Contact", entry["entityType"]!.GetValue<string>());
        var changes = JsonNode.Parse(entry["changes"]!.GetValue<string>())!;
        Assert.Equal(["email", "phone"], changes["fields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.True(changes["count"]!.GetValue<int>() >= 3);
        Assert.True((await App.As("demo").DataAsync("{ auditChainVerification { valid } }"))["auditChainVerification"]!["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Only_roles_with_audit_read_see_the_log()
    {
        var rep = await App.As("demo", "alice", "rep").PostAsync("{ auditLog { totalCount } }");
        var manager = await App.As("demo", "carol", "manager").PostAsync("{ auditChainVerification { valid } }");

        Assert.Equal("FORBIDDEN", rep.FirstErrorCode);
        Assert.Equal("FORBIDDEN", manager.FirstErrorCode);
    }

}

public sealed class AuditOnSqlite() : AuditTests(TestProvider.Sqlite);

public sealed class AuditOnPostgres() : AuditTests(TestProvider.Postgres);
