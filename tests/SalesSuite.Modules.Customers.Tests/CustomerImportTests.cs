using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SalesSuite.Testing;
using Xunit.Abstractions;

namespace SalesSuite.Modules.Customers.Tests;

/// <summary>Customer import and bulk update through the real HTTP pipeline: CSV files sent as GraphQL multipart requests, the per-row report, revert, bulk
/// update.</summary>
public abstract class CustomerImportTests(ImportAppFixture fixture, ITestOutputHelper output)
{
    private const string Report = "import { id status fileName importedBy totalRows created merged duplicates refused }";

    internal const string ImportMutation = "mutation($input: ImportCustomersInput!) { importCustomers(input: $input) { " + Report + " } }";

    private const string RowsQuery = """
        query($id: ID!, $after: String) { customerImport(id: $id) { rows(first: 100, after: $after WHERE) {
          totalCount pageInfo { hasNextPage endCursor } nodes { rowNumber outcome customerId messages { code column message } } } } }
        """;

    private SalesSuiteApp App => fixture.App;

    private GraphQLClient Admin => App.As("demo", "admin", "admin");

    /// <summary>A unique word per test, so that the tests of a class can share one database.</summary>
    private readonly string _tag = "t" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_file_is_imported_through_a_multipart_request_with_the_default_mapping()
    {
        var csv = $"\uFEFFName,Type,Level,City,Tags,Contact,Email,Phone\r\n" +
                  $"\"Acme, {_tag}\",company,A,Oslo,vip;north,Ann,ann@{_tag}.example,+47 22 00 00 01\r\n" +
                  $"\"Quote \"\"{_tag}\"\" Ltd\",PERSON,,\"Bergen\nNorway\",,Bob,bob@{_tag}.example,\r\n";

        var import = await ImportOkAsync(Admin, csv);

        Assert.Equal("COMPLETED", import["status"]!.GetValue<string>());
        Assert.Equal("customers.csv", import["fileName"]!.GetValue<string>());
        Assert.Equal("admin", import["importedBy"]!.GetValue<string>());
        Assert.Equal((2, 2, 0, 0, 0), Counts(import));
        var rows = await RowsAsync(import, null);
        Assert.Equal([2, 3], rows.Select(r => r["rowNumber"]!.GetValue<int>()));
        var id = rows[0]["customerId"]!.GetValue<string>();
        var customer = (await Admin.DataAsync(
            "query($id: ID!) { customer(id: $id) { name kind level tags ownerId address { city } contacts { name email phone } } }", new { id }))["customer"]!;
        Assert.Equal($"Acme, {_tag}", customer["name"]!.GetValue<string>());
        Assert.Equal("A", customer["level"]!.GetValue<string>());
        Assert.Equal(["vip", "north"], customer["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("admin", customer["ownerId"]!.GetValue<string>());
        Assert.Equal("Oslo", customer["address"]!["city"]!.GetValue<string>());
        Assert.Equal($"ann@{_tag}.example", customer["contacts"]![0]!["email"]!.GetValue<string>());
        var second = (await Admin.DataAsync("query($id: ID!) { customer(id: $id) { name kind address { city } } }",
            new { id = rows[1]["customerId"]!.GetValue<string>() }))["customer"]!;
        Assert.Equal($"Quote \"{_tag}\" Ltd", second["name"]!.GetValue<string>());
        Assert.Equal("PERSON", second["kind"]!.GetValue<string>());
        Assert.Equal("Bergen\nNorway", second["address"]!["city"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_explicit_mapping_reads_the_columns_it_names_and_a_wrong_mapping_is_a_validation_error()
    {
        var csv = $"Firma,Person,Mail,Etiketten,Wer,City\nMapped {_tag},Maria,m@{_tag}.example,a|b,alice,Ignored\n";
        var mapping = new[]
        {
            new { column = "Firma", field = "name" }, new { column = "person", field = "contact.name" }, new { column = "mail", field = "contact.email" },
            new { column = "Etiketten", field = "tags" }, new { column = "Wer", field = "owner" },
        };

        var import = await ImportOkAsync(Admin, csv, new { mapping, tagSeparator = "|" });
        var row = (await RowsAsync(import, null)).Single();
        var customer = (await Admin.DataAsync("query($id: ID!) { customer(id: $id) { name tags ownerId address { city } contacts { name email } } }",
            new { id = row["customerId"]!.GetValue<string>() }))["customer"]!;
        Assert.Equal($"Mapped {_tag}", customer["name"]!.GetValue<string>());
        Assert.Equal("Maria", customer["contacts"]![0]!["name"]!.GetValue<string>());
        Assert.Null(customer["address"]!["city"]);
        Assert.Equal(["a", "b"], customer["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("alice", customer["ownerId"]!.GetValue<string>());

        var unknownColumns = new[]
        {
            new { column = "Firma", field = "name" },
            new { column = "Mail", field = "fax" },
            new { column = "Nope", field = "region" },
        };
        var unknown = await ImportAsync(Admin, csv, new { mapping = unknownColumns });
        Assert.Equal("VALIDATION", unknown.FirstErrorCode);
        var fields = unknown.Errors[0]["extensions"]!["fields"]!.AsArray().Select(f => f!["field"]!.GetValue<string>()).ToList();
        Assert.Equal(["mapping[1].field", "mapping[2].column"], fields);

        var noName = await ImportAsync(Admin, csv, new { mapping = new[] { new { column = "Mail", field = "contact.email" } } });
        Assert.Equal("VALIDATION", noName.FirstErrorCode);
        Assert.Contains("name", noName.Errors[0]["message"]!.GetValue<string>());

        var unrecognised = await ImportAsync(Admin, "Foo,Bar\n1,2\n");
        Assert.Equal("VALIDATION", unrecognised.FirstErrorCode);
    }

    [Fact]
    public async Task Each_duplicate_rule_merges_into_existing_customers_and_earlier_rows()
    {
        var existing = await CreateAsync($"Existing {_tag}", $"Old Contact", $"old@{_tag}.example", "+1 555 0100 001");
        var csv = "Name,Contact,Email,Phone,Industry,Tags\n" +
                  $"Other Name {_tag},New Person,OLD@{_tag}.example,,Retail,gold\n" +          // 2: same email as an existing contact → MERGED
                  $"existing {_tag},Phone Person,,+1 (555) 0100-001,,\n" +                      // 3: same name and phone as existing → DUPLICATE of row 2
                  $"Fresh {_tag},Fresh Person,fresh@{_tag}.example,+1 555 0200 002,,\n" +        // 4: CREATED
                  $"Fresh {_tag},Second Person,second@{_tag}.example,+1 555 0200 002,Food,\n" + // 5: same name and phone as row 4 → DUPLICATE
                  $"Another {_tag},Third,fresh@{_tag}.example,,,\n" +                             // 6: same email as row 4 → DUPLICATE
                  $"Fresh {_tag},Unrelated,,+1 555 0300 003,,\n" +                                // 7: same name, other phone → CREATED
                  $"Different {_tag},X,,+1 555 0200 002,,\n";                                      // 8: same phone, other name → CREATED

        var import = await ImportOkAsync(Admin, csv);

        Assert.Equal((7, 3, 1, 3, 0), Counts(import));
        var rows = (await RowsAsync(import, null)).ToDictionary(r => r["rowNumber"]!.GetValue<int>());
        Assert.Equal("MERGED", rows[2]["outcome"]!.GetValue<string>());
        Assert.Equal(existing, rows[2]["customerId"]!.GetValue<string>());
        Assert.Equal("DUPLICATE", rows[3]["outcome"]!.GetValue<string>());
        Assert.Equal(existing, rows[3]["customerId"]!.GetValue<string>());
        Assert.Contains("row 2", rows[3]["messages"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("CREATED", rows[4]["outcome"]!.GetValue<string>());
        Assert.Equal(rows[4]["customerId"]!.GetValue<string>(), rows[5]["customerId"]!.GetValue<string>());
        Assert.Equal(rows[4]["customerId"]!.GetValue<string>(), rows[6]["customerId"]!.GetValue<string>());
        Assert.Equal(["CREATED", "CREATED"], new[] { rows[7], rows[8] }.Select(r => r["outcome"]!.GetValue<string>()));

        // The merge: the existing customer keeps its name, gains row 3's contact (row 2's has the old contact's email: the same person), its empty industry and
        // the tag.
        var merged = (await Admin.DataAsync("query($id: ID!) { customer(id: $id) { name industry tags version contacts { name } } }", new { id = existing }))
            ["customer"]!;
        Assert.Equal($"Existing {_tag}", merged["name"]!.GetValue<string>());
        Assert.Equal("Retail", merged["industry"]!.GetValue<string>());
        Assert.Equal(["gold"], merged["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(["Old Contact", "Phone Person"], merged["contacts"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(2, merged["version"]!.GetValue<long>());
        var fresh = (await Admin.DataAsync("query($id: ID!) { customer(id: $id) { industry contacts { name } } }",
            new { id = rows[4]["customerId"]!.GetValue<string>() }))["customer"]!;
        Assert.Equal("Food", fresh["industry"]!.GetValue<string>());
        Assert.Equal(["Fresh Person", "Second Person"], fresh["contacts"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Invalid_rows_are_refused_with_reasons_naming_their_columns_and_the_rest_is_imported()
    {
        var csv = "Name,Level,E-Mail,Phone,Contact,Type\n" +
                  $"Good {_tag},,,,,\n" +
                  $",,,,,\n" +
                  $"Bad Mail {_tag},Z,not-an-email,call me,Someone,robot\n" +
                  $"Too,Many,Fields,In,This,Row,Here\n" +
                  $"No Contact Name {_tag},,nc@{_tag}.example,,,\n" +
                  $"Stray \"Quote {_tag},,,,,\n";

        var import = await ImportOkAsync(Admin, csv);

        Assert.Equal((6, 1, 0, 0, 5), Counts(import));
        var refused = (await RowsAsync(import, "REFUSED")).ToDictionary(r => r["rowNumber"]!.GetValue<int>(), r => Messages(r));
        Assert.Equal([3, 4, 5, 6, 7], refused.Keys.Order());
        Assert.Contains("malformed quoting", refused[7].Single());
        Assert.Equal(["VALIDATION Name: is required."], refused[3]);
        Assert.Equal(
            ["VALIDATION Type: 'robot' is not a customer kind (COMPANY or PERSON).", "VALIDATION Level: 'Z' is not one of this tenant's customer levels.",
             "VALIDATION Phone: is not a valid phone number (digits, spaces and + - ( ) . only, 5 to 20 digits).", "VALIDATION E-Mail: is not a valid email " +
                 "address."],
            refused[4]);
        Assert.Contains("has 7 fields, but the header has 6", refused[5].Single());
        Assert.Equal(["VALIDATION Contact: is required."], refused[6]);
        Assert.Null((await RowsAsync(import, "REFUSED"))[0]["customerId"]);
    }

    [Fact]
    public async Task A_dry_run_reports_the_same_and_writes_nothing_not_even_audit_entries()
    {
        var csv = $"Name,Email,Contact\nDry {_tag},dry@{_tag}.example,D\nDry Two {_tag},dry@{_tag}.example,E\n,,\n";
        var before = await TableCountsAsync();

        var dry = await ImportOkAsync(Admin, csv, new { dryRun = true });

        Assert.Equal("DRY_RUN", dry["status"]!.GetValue<string>());
        Assert.Equal((3, 1, 0, 1, 1), Counts(dry));
        Assert.Equal(before, await TableCountsAsync());
        var stored = await Admin.DataAsync("query($id: ID!) { customerImport(id: $id) { id } }", new { id = dry["id"]!.GetValue<string>() });
        Assert.Null(stored["customerImport"]);

        // The dry run's rows come with the response (filtered and paged in memory).
        var data = await PostMultipartAsync(Admin, csv, new { dryRun = true },
            "mutation($input: ImportCustomersInput!) { importCustomers(input: $input) { import { rows(where: { outcome: { eq: DUPLICATE } }) { totalCount " +
            "nodes { rowNumber } } } } }");
        Assert.Equal(3, data.Data!["importCustomers"]!["import"]!["rows"]!["nodes"]![0]!["rowNumber"]!.GetValue<int>());
        Assert.Equal(before, await TableCountsAsync());

        var real = await ImportOkAsync(Admin, csv);
        Assert.Equal(Counts(dry), Counts(real));
        var after = await TableCountsAsync();
        Assert.Equal(before.Customers + 1, after.Customers);
        Assert.True(after.Audit > before.Audit);
    }

    [Fact]
    public async Task A_completed_import_is_reverted_as_a_whole_and_a_changed_customer_makes_the_revert_a_conflict()
    {
        var existing = await CreateAsync($"Revert Existing {_tag}", "Keeper", $"keep@{_tag}.example", "+1 555 0400 004");
        var csv = $"Name,Contact,Email,Phone,Region,Tags\nRevert New {_tag},N,new@{_tag}.example,,North,\n" +
                  $"Revert Existing {_tag},Added,,+1 555 0400 004,West,x\nAny {_tag},Later,keep@{_tag}.example,,,\n";
        var before = await TableCountsAsync();
        var import = await ImportOkAsync(Admin, csv);
        Assert.Equal((3, 1, 1, 1, 0), Counts(import));
        var id = import["id"]!.GetValue<string>();

        var reverted = await Admin.DataAsync("mutation($id: ID!) { revertCustomerImport(input: { id: $id }) { import { status revertedBy } } }", new { id });

        Assert.Equal("REVERTED", reverted["revertCustomerImport"]!["import"]!["status"]!.GetValue<string>());
        Assert.Equal("admin", reverted["revertCustomerImport"]!["import"]!["revertedBy"]!.GetValue<string>());
        var after = await TableCountsAsync();
        Assert.Equal(before.Customers, after.Customers);
        Assert.Equal(before.Contacts, after.Contacts);
        Assert.True(after.Audit > before.Audit, "the import and its revert are in the audit log");
        var restored = (await Admin.DataAsync("query($id: ID!) { customer(id: $id) { region tags contacts { name } } }", new { id = existing }))["customer"]!;
        Assert.Null(restored["region"]);
        Assert.Empty(restored["tags"]!.AsArray());
        Assert.Equal(["Keeper"], restored["contacts"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        var again = await Admin.PostAsync("mutation($id: ID!) { revertCustomerImport(input: { id: $id }) { import { status } } }", new { id });
        Assert.Equal("CONFLICT", again.FirstErrorCode);

        // A second import, then someone edits a customer it created: the revert is refused and changes nothing.
        var second = await ImportOkAsync(Admin, $"Name,Email,Contact\nEdited {_tag},edited@{_tag}.example,E\nUntouched {_tag},u@{_tag}.example,U\n");
        var rows = await RowsAsync(second, null);
        var edited = rows[0]["customerId"]!.GetValue<string>();
        await Admin.DataAsync("mutation($id: ID!) { updateCustomer(input: { id: $id, region: \"South\" }) { customer { version } } }", new { id = edited });
        var beforeRevert = await TableCountsAsync();

        var conflict = await Admin.PostAsync("mutation($id: ID!) { revertCustomerImport(input: { id: $id }) { import { status } } }",
            new { id = second["id"]!.GetValue<string>() });

        Assert.Equal("CONFLICT", conflict.FirstErrorCode);
        Assert.Equal(beforeRevert, await TableCountsAsync());
        var status = await Admin.DataAsync("query($id: ID!) { customerImport(id: $id) { status } }", new { id = second["id"]!.GetValue<string>() });
        Assert.Equal("COMPLETED", status["customerImport"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Owners_outside_the_importers_scope_are_refused_per_row_and_imports_are_scoped()
    {
        var rep = App.As("demo", "alice", "rep");
        var csv = $"Name,Owner\nMine {_tag},\nAlso Mine {_tag},alice\nFor Bob {_tag},bob\n";

        var import = await ImportOkAsync(rep, csv);

        Assert.Equal((3, 2, 0, 0, 1), Counts(import));
        var refused = (await RowsAsync(import, "REFUSED", rep)).Single();
        Assert.Equal(4, refused["rowNumber"]!.GetValue<int>());
        Assert.Equal(["FORBIDDEN Owner: 'bob' is outside your record scope: you cannot give customers to that owner."], Messages(refused));

        var wholeOwner = await ImportAsync(rep, csv, new { ownerId = "bob" });
        Assert.Equal("FORBIDDEN", wholeOwner.FirstErrorCode);

        // Another rep neither sees the import nor can revert it; a read-only role may not import at all.
        var other = App.As("demo", "bob", "rep");
        var seen = await other.DataAsync("query($id: ID!) { customerImport(id: $id) { id } }", new { id = import["id"]!.GetValue<string>() });
        Assert.Null(seen["customerImport"]);
        var revert = await other.PostAsync("mutation($id: ID!) { revertCustomerImport(input: { id: $id }) { import { status } } }",
            new { id = import["id"]!.GetValue<string>() });
        Assert.Equal("NOT_FOUND", revert.FirstErrorCode);
        var mine = await rep.DataAsync("{ customerImports(first: 100) { nodes { id importedBy } } }");
        Assert.All(mine["customerImports"]!["nodes"]!.AsArray(), n => Assert.Equal("alice", n!["importedBy"]!.GetValue<string>()));
        var readOnly = await ImportAsync(App.As("demo", "reader", "readonly"), csv);
        Assert.Equal("FORBIDDEN", readOnly.FirstErrorCode);
    }

    [Fact]
    public async Task Malformed_multipart_requests_are_refused_with_400_and_never_a_500()
    {
        var operations = JsonSerializer.Serialize(new { query = ImportMutation, variables = new { input = new { file = (string?)null } } });
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Name\nX\n"));

        await AssertRefusedAsync(HttpStatusCode.BadRequest, "BAD_REQUEST", ("map", "{\"0\":[\"variables.input.file\"]}"), ("0", file));        // no operations
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "BAD_REQUEST", ("operations", operations), ("0", file));                              // no map
        // map to a missing file
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "BAD_REQUEST", ("operations", operations), ("map", "{\"0\":[\"variables.input.file\"]}"));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "BAD_REQUEST", ("operations", operations), ("map", "{\"0\":[\"variables.input.nothere\"]}"),
            ("0", file));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "BAD_REQUEST", ("operations", operations), ("map", "{\"0\":[\"query\"]}"), ("0", file));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "BAD_REQUEST", ("operations", operations), ("map", "[1,2]"), ("0", file));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "BAD_REQUEST", ("operations", "{not json"), ("map", "{\"0\":[\"variables.input.file\"]}"),
            ("0", file));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "BAD_REQUEST", ("operations", operations), ("map", "{\"0\":[\"variables.input.file\"]}"),
            ("1", file));

        using var truncated = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("--abc\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{\"query\":\"{", Encoding.UTF8),
        };
        truncated.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=abc");
        var response = await GraphQLResponse.ReadAsync(await Admin.Http.SendAsync(truncated));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);

        var tooLarge = await PostMultipartAsync(Admin, new string('x', (int)ImportAppFixture.MaxUploadBytes + 10));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.Status);
        Assert.Equal("LIMIT_EXCEEDED", tooLarge.FirstErrorCode);

        var anonymous = await PostMultipartAsync(App.Anonymous(), "Name\nX\n");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);

        var otherTenant = await PostMultipartAsync(Admin, "Name\nX\n", configure: r => r.Headers.Add("X-Tenant", "acme"));
        Assert.Equal("TENANT_MISMATCH", otherTenant.FirstErrorCode);

        // An Upload inline in JSON is not a file.
        var inline = await Admin.PostAsync(ImportMutation, new { input = new { file = "Name\nX\n" } });
        Assert.Equal("VALIDATION", inline.FirstErrorCode);
        var literal = await Admin.PostAsync("mutation { importCustomers(input: { file: \"Name\" }) { import { id } } }");
        Assert.Equal("VALIDATION", literal.FirstErrorCode);
    }

    [Fact]
    public async Task An_idempotency_key_replays_an_import_and_binds_the_file()
    {
        var key = Guid.NewGuid().ToString();
        void WithKey(HttpRequestMessage request) => request.Headers.Add("Idempotency-Key", key);

        var first = await PostMultipartAsync(Admin, $"Name\nOnce {_tag}\n", configure: WithKey);
        var retry = await PostMultipartAsync(Admin, $"Name\nOnce {_tag}\n", configure: WithKey);
        var otherFile = await PostMultipartAsync(Admin, $"Name\nTwice {_tag}\n", configure: WithKey);

        Assert.Empty(first.Errors);
        Assert.Equal(first.Body, retry.Body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherFile.Status);
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", otherFile.FirstErrorCode);
        var count = await Admin.DataAsync($"{{ customers(where: {{ name: {{ contains: \"{_tag}\" }} }}) {{ totalCount }} }}");
        Assert.Equal(1, count["customers"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_file_with_more_rows_than_the_limit_is_refused_and_nothing_is_written()
    {
        var csv = new StringBuilder("Name\n");
        for (var i = 0; i <= 50_000; i++)
        {
            csv.Append('n').Append(i).Append('\n');
        }

        var before = await TableCountsAsync();
        var response = await ImportAsync(Admin, csv.ToString());

        Assert.Equal("LIMIT_EXCEEDED", response.FirstErrorCode);
        Assert.Equal(before, await TableCountsAsync());
    }

    [Fact]
    public async Task Ten_thousand_rows_with_duplicates_and_bad_rows_get_an_exact_report()
    {
        // Ten customers exist; rows 500, 1500, ... use their emails. Every hundred rows: row i%100==37 repeats the email of
        // the row before it, i%100==73 its name and phone; i%100==11 has a bad email, i%250==13 no name, i%500==99 an unknown level.
        var existing = new Dictionary<int, string>();
        for (var k = 0; k < 10; k++)
        {
            existing[(k * 1000) + 500] = await CreateAsync($"Bulk Existing {k} {_tag}", "Existing", $"existing{k}@{_tag}.example", null);
        }

        var csv = new StringBuilder("Name,Contact,Email,Phone,Level,Industry\n");
        var expected = new Dictionary<int, (string Outcome, int? Of)>();
        for (var i = 1; i <= 10_000; i++)
        {
            var (name, email, phone, level) = ($"Bulk {i} {_tag}", $"c{i}@{_tag}.example", $"+1 {100000 + i}", "B");
            if (i % 100 == 37)
            {
                email = $"c{i - 1}@{_tag}.example";
                expected[i] = ("DUPLICATE", i - 1);
            }
            else if (i % 100 == 73)
            {
                (name, phone) = ($"BULK {i - 1} {_tag}", $"+1 {100000 + i - 1}");
                expected[i] = ("DUPLICATE", i - 1);
            }
            else if (i % 100 == 11)
            {
                email = "broken-at-" + i;
                expected[i] = ("REFUSED", null);
            }
            else if (i % 250 == 13)
            {
                name = "";
                expected[i] = ("REFUSED", null);
            }
            else if (i % 500 == 99)
            {
                level = "ZZ";
                expected[i] = ("REFUSED", null);
            }
            else if (existing.ContainsKey(i))
            {
                email = $"existing{(i - 500) / 1000}@{_tag}.example";
                expected[i] = ("MERGED", null);
            }
            else
            {
                expected[i] = ("CREATED", null);
            }

            csv.Append(name).Append(",Person ").Append(i).Append(',').Append(email).Append(',').Append(phone).Append(',').Append(level).Append(",Bulk\n");
        }

        var watch = Stopwatch.StartNew();
        var import = await ImportOkAsync(Admin, csv.ToString());
        output.WriteLine($"{App.Database.ProviderName}: 10,000-row import in {watch.ElapsedMilliseconds} ms");

        var counts = expected.Values.GroupBy(e => e.Outcome).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal((10_000, counts["CREATED"], counts["MERGED"], counts["DUPLICATE"], counts["REFUSED"]), Counts(import));
        Assert.Equal((10_000, 9_630, 10, 200, 160), Counts(import));
        foreach (var outcome in new[] { "MERGED", "DUPLICATE", "REFUSED" })
        {
            var rows = await RowsAsync(import, outcome);
            Assert.Equal(expected.Where(e => e.Value.Outcome == outcome).Select(e => e.Key + 1).Order(), rows.Select(r => r["rowNumber"]!.GetValue<int>()));
            foreach (var row in rows)
            {
                var i = row["rowNumber"]!.GetValue<int>() - 1;
                var messages = Messages(row);
                switch (outcome)
                {
                    case "MERGED":
                        Assert.Equal(existing[i], row["customerId"]!.GetValue<string>());
                        break;
                    case "DUPLICATE":
                        Assert.Equal(
                            $"INFO Duplicate of row {expected[i].Of + 1} ({(i % 100 == 37 ? "same contact email" : "same name and contact phone")}); merged " +
                            "into the same customer.",
                            messages.Single());
                        break;
                    default:
                        Assert.Equal(
                            i % 100 == 11 ? "VALIDATION Email: is not a valid email address."
                            : i % 250 == 13 ? "VALIDATION Name: is required."
                            : "VALIDATION Level: 'ZZ' is not one of this tenant's customer levels.",
                            messages.Single());
                        break;
                }
            }
        }

        var created = await Admin.DataAsync($"{{ customers(where: {{ name: {{ contains: \"{_tag}\" }}, industry: {{ eq: \"Bulk\" }} }}) {{ totalCount }} }}");
        Assert.Equal(9_630 + 10, created["customers"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bulk_update_changes_owner_level_and_tags_of_all_or_none()
    {
        var a = await CreateAsync($"Bulk A {_tag}", null, null, null, tags: ["old", "keep"]);
        var b = await CreateAsync($"Bulk B {_tag}", null, null, null);

        var data = await Admin.DataAsync(
            "mutation($ids: [ID!]!) { bulkUpdateCustomers(input: { ids: $ids, ownerId: \"carol\", level: \"B\", addTags: [\"new\"], removeTags: [\"OLD\"] }) " +
            "{ customers { id ownerId level tags version } } }",
            new { ids = new[] { b, a } });

        var customers = data["bulkUpdateCustomers"]!["customers"]!.AsArray();
        Assert.Equal([b, a], customers.Select(c => c!["id"]!.GetValue<string>()));
        Assert.All(customers,
            c => Assert.Equal(("carol", "B", 2L), (c!["ownerId"]!.GetValue<string>(), c["level"]!.GetValue<string>(), c["version"]!.GetValue<long>())));
        Assert.Equal(["keep", "new"], customers[1]!["tags"]!.AsArray().Select(t => t!.GetValue<string>()));

        var stale = await Admin.PostAsync(
            "mutation($ids: [ID!]!) { bulkUpdateCustomers(input: { ids: $ids, versions: [2, 1], level: \"A\" }) { customers { id } } }",
            new { ids = new[] { a, b } });
        Assert.Equal("CONFLICT", stale.FirstErrorCode);
        var badLevel = await Admin.PostAsync("mutation($ids: [ID!]!) { bulkUpdateCustomers(input: { ids: $ids, level: \"ZZ\" }) { customers { id } } }",
            new { ids = new[] { a } });
        Assert.Equal("VALIDATION", badLevel.FirstErrorCode);
        var nothing = await Admin.PostAsync("mutation($ids: [ID!]!) { bulkUpdateCustomers(input: { ids: $ids }) { customers { id } } }",
            new { ids = new[] { a } });
        Assert.Equal("VALIDATION", nothing.FirstErrorCode);
        var tooMany = await Admin.PostAsync("mutation($ids: [ID!]!) { bulkUpdateCustomers(input: { ids: $ids, level: \"A\" }) { customers { id } } }",
            new { ids = Enumerable.Range(0, 1001).Select(_ => a).ToArray() });
        Assert.Equal("VALIDATION", tooMany.FirstErrorCode);
        var unchanged = await Admin.DataAsync("query($id: ID!) { customer(id: $id) { level version } }", new { id = a });
        Assert.Equal(("B", 2L), (unchanged["customer"]!["level"]!.GetValue<string>(), unchanged["customer"]!["version"]!.GetValue<long>()));

        // A rep: someone else's customer is NOT_FOUND, giving one's own to someone else FORBIDDEN; nothing changes.
        var rep = App.As("demo", "dave", "rep");
        var own = (await rep.DataAsync($"mutation {{ createCustomer(input: {{ name: \"Dave's {_tag}\" }}) {{ customer {{ id }} }} }}"))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var foreign = await rep.PostAsync("mutation($ids: [ID!]!) { bulkUpdateCustomers(input: { ids: $ids, level: \"A\" }) { customers { id } } }",
            new { ids = new[] { own, a } });
        Assert.Equal("NOT_FOUND", foreign.FirstErrorCode);
        var giveAway = await rep.PostAsync("mutation($ids: [ID!]!) { bulkUpdateCustomers(input: { ids: $ids, ownerId: \"bob\" }) { customers { id } } }",
            new { ids = new[] { own } });
        Assert.Equal("FORBIDDEN", giveAway.FirstErrorCode);
        var still = await rep.DataAsync("query($id: ID!) { customer(id: $id) { ownerId level version } }", new { id = own });
        Assert.Equal(("dave", 1L), (still["customer"]!["ownerId"]!.GetValue<string>(), still["customer"]!["version"]!.GetValue<long>()));
    }

    private static (int Total, int Created, int Merged, int Duplicates, int Refused) Counts(JsonNode import) =>
        (import["totalRows"]!.GetValue<int>(), import["created"]!.GetValue<int>(), import["merged"]!.GetValue<int>(),
         import["duplicates"]!.GetValue<int>(), import["refused"]!.GetValue<int>());

    private static List<string> Messages(JsonNode row) =>
        row["messages"]!.AsArray().Select(
            m => $"{m!["code"]!.GetValue<string>()} {(m["column"] is { } c ? c.GetValue<string>() + ": " : "")}{m["message"]!.GetValue<string>()}").ToList();

    private async Task<JsonNode> ImportOkAsync(GraphQLClient client, string csv, object? options = null)
    {
        var response = await ImportAsync(client, csv, options);
        if (response.Errors.Count > 0 || response.Data?["importCustomers"] is null)
        {
            throw new Xunit.Sdk.XunitException($"Expected an import, got {(int)response.Status}: {response.Body}");
        }

        return response.Data["importCustomers"]!["import"]!;
    }

    private Task<GraphQLResponse> ImportAsync(GraphQLClient client, string csv, object? options = null) => PostMultipartAsync(client, csv, options);

    /// <summary>The mutation as a GraphQL multipart request: operations (the file as null), map, then the file.</summary>
    internal static Task<GraphQLResponse> PostMultipartAsync(GraphQLClient client, string csv, object? options = null, string query = ImportMutation,
        Action<HttpRequestMessage>? configure = null)
    {
        var input = options is null ? new JsonObject() : JsonSerializer.SerializeToNode(options)!.AsObject();
        input["file"] = null;
        return client.UploadAsync(query, new JsonObject { ["input"] = input }, "input.file", "customers.csv", Encoding.UTF8.GetBytes(csv),
            configure: configure);
    }

    private async Task AssertRefusedAsync(HttpStatusCode status, string code, params (string Name, object Value)[] parts)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in parts)
        {
            if (value is HttpContent file)
            {
                var copy = new ByteArrayContent(await file.ReadAsByteArrayAsync());
                content.Add(copy, name, "f.csv");
            }
            else
            {
                content.Add(new StringContent((string)value), name);
            }
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        var response = await GraphQLResponse.ReadAsync(await Admin.Http.SendAsync(request));
        Assert.True(response.Status == status, $"Expected {status} for [{string.Join(", ", parts.Select(p => p.Name))}], got {response}");
        Assert.Equal(code, response.FirstErrorCode);
    }

    private async Task<List<JsonNode>> RowsAsync(JsonNode import, string? outcome, GraphQLClient? client = null)
    {
        var rows = new List<JsonNode>();
        string? after = null;
        while (true)
        {
            var query = RowsQuery.Replace("WHERE", outcome is null ? "" : $", where: {{ outcome: {{ eq: {outcome} }} }}", StringComparison.Ordinal);
            var data = await (client ?? Admin).DataAsync(query, new { id = import["id"]!.GetValue<string>(), after });
            var page = data["customerImport"]!["rows"]!;
            rows.AddRange(page["nodes"]!.AsArray().Select(n => n!.DeepClone()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return rows;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    private async Task<string> CreateAsync(string name, string? contact, string? email, string? phone, string[]? tags = null)
    {
        var data = await Admin.DataAsync(
            "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } } }",
            new { input = new { name, tags, contacts = contact is null ? null : new[] { new { name = contact, email, phone } } } });
        return data["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
    }

    private Task<TableCounts> TableCountsAsync() => CountRowsAsync(App.Database);

    internal record struct TableCounts(long Customers, long Contacts, long Imports, long ImportRows, long Audit);

    /// <summary>Rows in the tables an import writes, counted past the application.</summary>
    internal static async Task<TableCounts> CountRowsAsync(TestDatabase database)
    {
        var sqlite = database.Provider == TestProvider.Sqlite;
        string Table(string schema, string name) => sqlite ? $"\"{schema}_{name}\"" : $"{schema}.\"{name}\"";
        await using DbConnection connection = sqlite ? new SqliteConnection(database.ConnectionString) : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        async Task<long> Count(string table)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM " + table;
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        }

        return new TableCounts(await Count(Table("customers", "Customers")), await Count(Table("customers", "Contacts")),
            await Count(Table("customers", "Imports")),
            await Count(Table("customers", "ImportRows")), await Count(Table("audit", "AuditLog")));
    }
}

/// <summary>One host per class and provider, with a small upload limit so that the 413 test needs little memory.</summary>
public abstract class ImportAppFixture(TestProvider provider) : AppFixture(provider)
{
    public const long MaxUploadBytes = 4 * 1024 * 1024;

    protected override IDictionary<string, string?> Settings(TestDatabase database) =>
        new Dictionary<string, string?> { ["GraphQL:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

public sealed class SqliteImportAppFixture() : ImportAppFixture(TestProvider.Sqlite);

public sealed class PostgresImportAppFixture() : ImportAppFixture(TestProvider.Postgres);

public sealed class CustomerImportOnSqlite(SqliteImportAppFixture fixture, ITestOutputHelper output)
    : CustomerImportTests(fixture, output), IClassFixture<SqliteImportAppFixture>;

public sealed class CustomerImportOnPostgres(PostgresImportAppFixture fixture, ITestOutputHelper output)
    : CustomerImportTests(fixture, output), IClassFixture<PostgresImportAppFixture>;

/// <summary>A database failure in the middle of an import (after some of its batches were written) leaves nothing behind.</summary>
public abstract class ImportFailureTests(TestProvider provider) : IAsyncLifetime
{
    /// <summary>Row 1300 is in the second batch of 1000: the first batch has been written when it fails.</summary>
    private readonly FailOnRow _failure = new(1300);
    private TestDatabase? _database;
    private SalesSuiteApp? _app;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _app = new SalesSuiteApp(_database, services: s => s.AddSingleton<IInterceptor>(_failure));
        _ = _app.Server;
    }

    public async Task DisposeAsync()
    {
        await _app!.DisposeAsync();
        await _database!.DisposeAsync();
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_an_import_leaves_nothing_half_imported()
    {
        var csv = new StringBuilder("Name,Contact,Email\n");
        for (var i = 1; i <= 1500; i++)
        {
            csv.Append("Failing ").Append(i).Append(",P,f").Append(i).Append("@fail.example\n");
        }

        var before = await CustomerImportTests.CountRowsAsync(_database!);

        var response = await CustomerImportTests.PostMultipartAsync(_app!.As("demo", "admin", "admin"), csv.ToString());

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("INTERNAL", response.FirstErrorCode);
        Assert.True(_failure.RowInsertsBeforeFailure > 0, "the failure came after earlier rows had been written");
        Assert.Equal(before, await CustomerImportTests.CountRowsAsync(_database!));
    }

    /// <summary>Fails the command that writes the import row with the given row number.</summary>
    private sealed class FailOnRow(int rowNumber) : DbCommandInterceptor
    {
        public int RowInsertsBeforeFailure { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        private void Check(DbCommand command)
        {
            if (!command.CommandText.Contains("ImportRows", StringComparison.Ordinal) || !command.CommandText.Contains("INSERT", StringComparison.Ordinal))
            {
                return;
            }

            if (command.Parameters.Cast<DbParameter>().Any(p => p.Value is int n && n == rowNumber))
            {
                throw new InvalidOperationException("Simulated database failure.");
            }

            RowInsertsBeforeFailure++;
        }
    }
}

public sealed class ImportFailureOnSqlite() : ImportFailureTests(TestProvider.Sqlite);

public sealed class ImportFailureOnPostgres() : ImportFailureTests(TestProvider.Postgres);
