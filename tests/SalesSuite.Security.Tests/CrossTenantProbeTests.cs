using System.Text.Json.Nodes;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.Testing;
using Xunit.Abstractions;

namespace SalesSuite.Security.Tests;

/// <summary>
/// Signed in as acme's admin, every root query and every mutation the schema has (found by introspection, not
/// listed by hand) is called with the ids of demo's records: nothing of demo's comes back, nothing of demo's
/// changes, and nothing fails on the server.
/// </summary>
public abstract class CrossTenantProbeTests(SecurityAppFixture fixture, ITestOutputHelper output)
{
    private static readonly HashSet<string> QueryCodes = ["NOT_FOUND", "VALIDATION", "FORBIDDEN"];
    private static readonly HashSet<string> MutationCodes = ["NOT_FOUND", "VALIDATION", "FORBIDDEN", "CONFLICT"];

    /// <summary>User ids for user-id-like arguments: demo's users (unknown in acme), then acme's own admin first.</summary>
    private static readonly string[] DemoUsers = ["alice", "bob", "carol"];
    private static readonly string[] AcmeAdminFirst = ["admin", "alice", "bob"];

    private const string SecretSubject = "Probe secret call 7f3a9c";

    /// <summary>
    /// Demo's data as its admin reads it, with the whole audit log. It reads no protected field (contact email and
    /// phone, street, postal code): reading those is audited, which would change the log it compares.
    /// </summary>
    private const string SnapshotQuery = """
        query($logged: ID!) {
          customers(first: 100, includeArchived: true, order: [{ name: ASC }]) { totalCount nodes {
            id name version ownerId archived level category region tags address { city country }
            contacts { id name title isPrimary }
            interactions(first: 20) { totalCount nodes { id subject followUpDoneAt } } } }
          logged: node(id: $logged) { ... on Interaction { subject nextFollowUpAt followUpDoneAt } }
          salesReps(first: 100, includeInactive: true) { totalCount nodes { id userId name email version active managerUserId team { id } } }
          teams(first: 100) { totalCount nodes { id name description } }
          roles { name version permissions scope deniedFields }
          alice: userRoles(userId: "alice") bob: userRoles(userId: "bob") admin: userRoles(userId: "admin")
          customerLevels { code name rank }
          customerCategories { code name }
          auditLog(first: 100) { totalCount nodes { sequence at actorId operation entityType entityId action hash } }
        }
        """;

    /// <summary>Demo's protected fields; read before the snapshot at the start and after it at the end, so that the snapshot's audit logs match.</summary>
    private const string ProtectedQuery = """
        { customers(first: 100, includeArchived: true, order: [{ name: ASC }]) { nodes { id address { line1 postalCode } contacts { id email phone } } } }
        """;

    private SalesSuiteApp App => fixture.App;

    [Fact]
    public async Task Acme_admin_reaches_nothing_of_demo_through_any_root_query_or_mutation()
    {
        var demoAdmin = App.As("demo", "admin", "admin");
        var demo = await DemoData.CollectAsync(demoAdmin, SecretSubject);
        var protectedBefore = (await demoAdmin.DataAsync(ProtectedQuery)).ToJsonString();
        var before = await SnapshotAsync(demoAdmin, demo.LoggedInteraction);

        var acmeAdmin = App.As("acme", "admin", "admin");
        var walker = new SchemaWalker(IntrospectedSchema.Parse(await acmeAdmin.DataAsync(IntrospectedSchema.Query)));
        var queries = walker.Schema.QueryFields.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var mutations = walker.Schema.MutationFields.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var report = new ProbeReport();

        // Queries first, while no acme record carries one of demo's user ids; then every mutation; then the queries
        // again (acme's audit log and lists now hold what the mutations made), strict for ids and searches only.
        foreach (var field in queries)
        {
            await ProbeAsync(acmeAdmin, walker, "query", field, demo, report, userIdsAreDemosOnly: true);
        }

        foreach (var field in mutations)
        {
            await ProbeAsync(acmeAdmin, walker, "mutation", field, demo, report, userIdsAreDemosOnly: false);
        }

        foreach (var field in queries)
        {
            await ProbeAsync(acmeAdmin, walker, "query", field, demo, report, userIdsAreDemosOnly: false);
        }

        var after = await SnapshotAsync(demoAdmin, demo.LoggedInteraction);
        var protectedAfter = (await demoAdmin.DataAsync(ProtectedQuery)).ToJsonString();

        output.WriteLine($"Walked {queries.Count + mutations.Count} operations ({queries.Count} root queries, twice; {mutations.Count} mutations) " +
                         $"in {report.Combinations} (operation, id) combinations: {report.Leaks} leaks, {report.ServerErrors} server errors, " +
                         $"{report.Refused} refused with an allowed code, {report.Answered} answered with acme's own data or nothing.");
        foreach (var (operation, outcomes) in report.Outcomes)
        {
            output.WriteLine($"  {operation}: {string.Join(", ", outcomes.Select(o => $"{o.Key} x{o.Value}"))}");
        }

        foreach (var failure in report.Failures)
        {
            output.WriteLine(failure);
        }

        Assert.True(queries.Count >= 10 && mutations.Count >= 10, "introspection found too few root fields to be a real walk");
        Assert.True(report.Failures.Count == 0, $"{report.Failures.Count} probe failures:\n" + string.Join("\n", report.Failures));
        Assert.Equal(before, after);
        Assert.Equal(protectedBefore, protectedAfter);
    }

    [Fact]
    public async Task The_probe_sees_demo_data_when_demo_itself_answers()
    {
        // The same documents and checks, asked by demo's own admin: they must report what they find, or the walk above proves nothing.
        var demoAdmin = App.As("demo", "admin", "admin");
        var demo = await DemoData.CollectAsync(demoAdmin, "Probe self-check call 41c2");
        var walker = new SchemaWalker(IntrospectedSchema.Parse(await demoAdmin.DataAsync(IntrospectedSchema.Query)));

        foreach (var name in new[] { "customer", "node", "nodes", "customers", "salesRep", "entityHistory" })
        {
            var report = new ProbeReport();
            await ProbeAsync(demoAdmin, walker, "query", walker.Schema.QueryFields.Single(f => f.Name == name), demo, report, userIdsAreDemosOnly: true);
            Assert.True(report.Leaks > 0 && report.Failures.Count > 0, $"the probe saw nothing of demo's through {name}");
        }
    }

    private async Task ProbeAsync(GraphQLClient client, SchemaWalker walker, string operation, FieldDef field, DemoData demo, ProbeReport report,
        bool userIdsAreDemosOnly)
    {
        var takesIds = walker.TakesIds(field);
        var takesUsers = walker.TakesUserIds(field);
        var takesSearch = SchemaWalker.TakesSearch(field);
        var idKinds = takesIds ? demo.IdKinds : demo.IdKinds.Take(1).ToList();
        var userSets = takesUsers ? new[] { DemoUsers, AcmeAdminFirst } : [DemoUsers];
        var searches = takesSearch ? demo.SearchTexts : demo.SearchTexts.Take(1).ToList();
        foreach (var (kind, id) in idKinds)
        {
            foreach (var users in userSets)
            {
                foreach (var search in searches)
                {
                    var document = walker.Document(operation, field, new ProbeValues(kind, id, DemoData.RawId(id), users, search));
                    var response = await client.PostAsync(document);
                    report.Combinations++;

                    // A record probe names one of demo's records, a user only demo has, or a text only demo has: the answer must be empty or refused.
                    var recordProbe = takesIds || takesSearch || (takesUsers && users == DemoUsers && userIdsAreDemosOnly);
                    Check(operation, field.Name, document, response, recordProbe, takesSearch ? search : null, demo, report);
                }
            }
        }
    }

    private static void Check(string operation, string field, string document, GraphQLResponse response, bool recordProbe, string? echo, DemoData demo,
        ProbeReport report)
    {
        var problems = new List<string>();
        if ((int)response.Status >= 500 || response.ErrorCodes.Contains("INTERNAL"))
        {
            report.ServerErrors++;
            problems.Add($"server error {(int)response.Status}");
        }

        if (response.Json is null)
        {
            problems.Add("the body is not JSON");
        }

        var leaked = demo.MarkersIn(response.Json, echo).Concat(demo.IdsIn(response.Data)).ToList();
        if (leaked.Count > 0)
        {
            report.Leaks++;
            problems.Add("demo data in the answer: " + string.Join(", ", leaked.Take(5)));
        }

        var allowed = operation == "query" ? QueryCodes : MutationCodes;
        var badCodes = response.ErrorCodes.Where(c => !allowed.Contains(c)).ToList();
        if (badCodes.Count > 0)
        {
            problems.Add($"error codes outside {{{string.Join(", ", allowed)}}}: {string.Join(", ", badCodes)}");
        }

        if (operation == "query" && recordProbe && response.Errors.Count == 0 && !IsEmpty(response.Data?[field]))
        {
            problems.Add("a record of demo's was asked for and something came back");
        }

        var outcome = response.Errors.Count == 0 ? "answered" : string.Join("+", response.ErrorCodes.Distinct());
        if (response.Errors.Count > 0)
        {
            report.Refused++;
        }
        else
        {
            report.Answered++;
        }

        var outcomes = report.Outcomes.TryGetValue($"{operation} {field}", out var found) ? found
            : report.Outcomes[$"{operation} {field}"] = new SortedDictionary<string, int>(StringComparer.Ordinal);
        outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        if (problems.Count > 0)
        {
            report.Failures.Add($"{operation} {field}: {string.Join("; ", problems)}\n    document: {document}\n    answer:   {Truncate(response.Body)}");
        }
    }

    /// <summary>Null, a list of empties, or an empty connection.</summary>
    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonArray array => array.All(IsEmpty),
        JsonObject o when o["nodes"] is JsonArray nodes => nodes.Count == 0 && (o["totalCount"]?.GetValue<int>() ?? 0) == 0,
        _ => false,
    };

    private static async Task<string> SnapshotAsync(GraphQLClient demoAdmin, string logged) =>
        (await demoAdmin.DataAsync(SnapshotQuery, new { logged })).ToJsonString();

    private static string Truncate(string body) => body.Length <= 600 ? body : body[..600] + "...";

    private sealed class ProbeReport
    {
        public int Combinations { get; set; }

        public int Leaks { get; set; }

        public int ServerErrors { get; set; }

        public int Refused { get; set; }

        public int Answered { get; set; }

        public SortedDictionary<string, SortedDictionary<string, int>> Outcomes { get; } = new(StringComparer.Ordinal);

        public List<string> Failures { get; } = [];
    }
}

/// <summary>Demo's records as its admin sees them: one id of each kind to probe with, and every id and text that must never reach acme.</summary>
public sealed class DemoData
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _markers = new(StringComparer.Ordinal);

    private DemoData()
    {
    }

    /// <summary>(kind, global id) pairs, one per kind of record.</summary>
    public List<(string Kind, string Id)> IdKinds { get; } = [];

    /// <summary>Texts only demo has, for search arguments: a contact's exact email and part of a customer's name.</summary>
    public List<string> SearchTexts { get; } = [];

    public string LoggedInteraction { get; private set; } = string.Empty;

    public static async Task<DemoData> CollectAsync(GraphQLClient demoAdmin, string secretSubject)
    {
        var data = new DemoData();
        var first = await demoAdmin.DataAsync("{ customers(first: 1, order: [{ name: ASC }]) { nodes { id } } }");
        var customerId = first["customers"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var logged = await demoAdmin.DataAsync("""
            mutation($id: ID!, $subject: String!) { logInteraction(input: { customerId: $id, kind: CALL, subject: $subject,
              notes: "Secret notes of demo 5d21e8", nextFollowUpAt: "2026-11-20T09:00:00Z" }) { interaction { id } } }
            """, new { id = customerId, subject = secretSubject });
        data.LoggedInteraction = logged["logInteraction"]!["interaction"]!["id"]!.GetValue<string>();
        data._markers.Add(secretSubject);
        data._markers.Add("Secret notes of demo 5d21e8");

        var all = await demoAdmin.DataAsync("""
            { customers(first: 100, includeArchived: true) { nodes { id name contacts { id name email }
                interactions(first: 20) { nodes { id notes } } } }
              salesReps(first: 100, includeInactive: true) { nodes { id userId name email } }
              teams(first: 100) { nodes { id name description } } }
            """);
        var customers = all["customers"]!["nodes"]!.AsArray().Select(n => n!).ToList();
        var contacts = customers.SelectMany(c => c["contacts"]!.AsArray().Select(n => n!)).ToList();
        var interactions = customers.SelectMany(c => c["interactions"]!["nodes"]!.AsArray().Select(n => n!)).ToList();
        var reps = all["salesReps"]!["nodes"]!.AsArray().Select(n => n!).ToList();
        var teams = all["teams"]!["nodes"]!.AsArray().Select(n => n!).ToList();

        data.IdKinds.Add(("Customer", customerId));
        data.IdKinds.Add(("Contact", contacts.First(c => Text(c, "id") is not null)["id"]!.GetValue<string>()));
        data.IdKinds.Add(("Interaction", data.LoggedInteraction));
        data.IdKinds.Add(("SalesRep", reps.First(r => Text(r, "userId") == "alice")["id"]!.GetValue<string>()));
        data.IdKinds.Add(("Team", teams.First(t => Text(t, "name") == "East")["id"]!.GetValue<string>()));
        data.SearchTexts.Add(contacts.Select(c => Text(c, "email")).First(e => e is { Length: >= 8 })!);
        data.SearchTexts.Add(customers.Select(c => Text(c, "name")!).First(n => n.Length >= 8)[..8]);

        foreach (var node in customers.Concat(contacts).Concat(interactions).Concat(reps).Concat(teams))
        {
            var id = Text(node, "id")!;
            data._ids.Add(id);
            data._ids.Add(RawId(id).ToString("N"));
            data._ids.Add(RawId(id).ToString("D"));
        }

        // Texts long and specific enough not to appear by chance: names, emails, notes, descriptions.
        foreach (var text in customers.Select(c => Text(c, "name"))
                     .Concat(contacts.Select(c => Text(c, "email")))
                     .Concat(contacts.Select(c => Text(c, "name")))
                     .Concat(interactions.Select(i => Text(i, "notes")))
                     .Concat(reps.Select(r => Text(r, "name")))
                     .Concat(reps.Select(r => Text(r, "email")))
                     .Concat(teams.Select(t => Text(t, "description"))))
        {
            if (text is { Length: >= 8 })
            {
                data._markers.Add(text);
            }
        }

        Assert.True(customers.Count >= 60 && contacts.Count >= 60 && interactions.Count > 1 && reps.Count >= 5 && teams.Count >= 2,
            "the demo seed is not there");
        return data;
    }

    public static Guid RawId(string globalId) =>
        GlobalId.TryDecode(globalId, out _, out var id) ? id : throw new InvalidOperationException($"'{globalId}' is not a global id.");

    /// <summary>Demo's texts found in any string of the answer (data, errors and extensions alike), but the one the caller sent.</summary>
    public IEnumerable<string> MarkersIn(JsonNode? json, string? sent = null) =>
        Strings(json).SelectMany(s => _markers.Where(m => m != sent && s.Contains(m, StringComparison.Ordinal))).Distinct();

    /// <summary>Demo's ids (global or raw) in the data; error messages may echo the id the caller sent.</summary>
    public IEnumerable<string> IdsIn(JsonNode? data) =>
        Strings(data).Where(s => _ids.Contains(s) || (GlobalId.TryDecode(s, out _, out var id) && _ids.Contains(id.ToString("N")))).Distinct();

    private static IEnumerable<string> Strings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    yield return key;
                    foreach (var s in Strings(value))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonArray a:
                foreach (var s in a.SelectMany(Strings))
                {
                    yield return s;
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var text):
                yield return text;
                break;
        }
    }

    private static string? Text(JsonNode node, string field) => node[field]?.GetValue<string>();
}

public sealed class CrossTenantProbeOnSqlite(SqliteSecurityFixture fixture, ITestOutputHelper output)
    : CrossTenantProbeTests(fixture, output), IClassFixture<SqliteSecurityFixture>;

public sealed class CrossTenantProbeOnPostgres(PostgresSecurityFixture fixture, ITestOutputHelper output)
    : CrossTenantProbeTests(fixture, output), IClassFixture<PostgresSecurityFixture>;
