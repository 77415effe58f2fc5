using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using SalesSuite.SharedKernel.Security;
using SalesSuite.Testing;
using Xunit.Abstractions;

namespace SalesSuite.Host.Tests;

/// <summary>
/// The product as a new user meets it: the README's command starts the host in its own process on fresh data and the
/// real clock; the test drives it over HTTP only, restarts it, and runs its commands (<c>verify-audit</c>, <c>backup</c>,
/// <c>restore</c>) as an operator would. In-process tests on a fake clock once hid an audit chain that every real
/// installation broke; this is the test that catches that kind of bug.
/// </summary>
public abstract class EndToEndTests(TestProvider provider, string configuration, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "salessuite-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    private TestDatabase? _database;
    private TestDatabase? _restored;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _restored = await TestDatabase.CreateAsync(provider);
    }

    public async Task DisposeAsync()
    {
        await _database!.DisposeAsync();
        await _restored!.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Writes_of_every_module_keep_a_valid_audit_chain_across_a_restart_verify_audit_and_a_backup_restore_round_trip()
    {
        try
        {
            await RunAsync();
        }
        catch
        {
            // What the host logged is what an operator would read first.
            foreach (var log in HostProcess.Logs)
            {
                output.WriteLine(log);
            }

            throw;
        }
    }

    private async Task RunAsync()
    {
        var settings = new HostSettings(_database!, Path.Combine(_folder, "data"));
        string token;
        long customers;
        long entries;

        // First start: migrations, the demo seed with its history, the read models built.
        await using (var host = await HostProcess.StartAsync(settings, configuration))
        {
            output.WriteLine($"{configuration} on {provider}: first start (fresh data, demo seed) answered after {host.StartedIn.TotalSeconds:0.0} s");
            await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
            token = await DevTokenAsync(settings, "admin", "admin");
            var admin = host.As(token);

            var operations = await ProductTour.RunAsync(admin);
            await ListsAndPersistedQueriesAsync(admin);
            await ReportsFromDaysAndLinesAgreeAsync(admin);
            var state = await admin.DataAsync("{ customers(includeArchived: true) { totalCount } auditChainVerification { valid checkedEntries reason } }");
            Assert.True(state["auditChainVerification"]!["valid"]!.GetValue<bool>(), state.ToJsonString());
            entries = state["auditChainVerification"]!["checkedEntries"]!.GetValue<long>();
            Assert.True(entries > operations, $"{entries} audit entries after {operations} operations");
            customers = state["customers"]!["totalCount"]!.GetValue<long>();

            await host.StopAsync();
            Assert.DoesNotContain("Unhandled exception", host.Output, StringComparison.Ordinal);
            var shutdown = host.Output[Math.Max(0, host.Output.IndexOf("Application is shutting down", StringComparison.Ordinal))..];
            Assert.True(shutdown.Contains("Application is shutting down", StringComparison.Ordinal), host.Output);
            Assert.DoesNotContain("fail:", shutdown, StringComparison.Ordinal); // background work ends cleanly, nothing logged as a failure
        }

        // Restart on the same data: nothing is rebuilt, everything is there, the chain still verifies.
        await using (var host = await HostProcess.StartAsync(settings, configuration))
        {
            output.WriteLine($"{configuration} on {provider}: restart on existing data answered after {host.StartedIn.TotalSeconds:0.0} s");
            using var ready = await host.Http.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.DoesNotContain("rebuilt", host.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("seeded tenant", host.Output, StringComparison.Ordinal);

            var admin = host.As(token);
            var state = await admin.DataAsync("{ customers(includeArchived: true) { totalCount } auditChainVerification { valid checkedEntries reason } }");
            Assert.True(state["auditChainVerification"]!["valid"]!.GetValue<bool>(), state.ToJsonString());
            Assert.True(state["auditChainVerification"]!["checkedEntries"]!.GetValue<long>() >= entries);
            Assert.Equal(customers, state["customers"]!["totalCount"]!.GetValue<long>());

            // One more write after the restart, on the chain the first process left.
            await admin.DataAsync("mutation { createCustomer(input: { name: \"After restart\" }) { customer { id } } }");
            Assert.True((await admin.DataAsync("{ auditChainVerification { valid } }"))["auditChainVerification"]!["valid"]!.GetValue<bool>());
        }

        var verify = await HostProcess.RunCommandAsync(settings, "verify-audit");
        Assert.True(verify.ExitCode == 0, verify.Output);
        Assert.Contains("demo: audit chain intact", verify.Output, StringComparison.Ordinal);
        Assert.Contains("acme: audit chain intact", verify.Output, StringComparison.Ordinal);

        // Backup, restore into a fresh database with the same key ring, back up again: the two hold the same rows.
        var backupFile = Path.Combine(_folder, "demo.ssbak");
        var backup = await HostProcess.RunCommandAsync(settings, "backup", "--tenant", "demo", "--out", backupFile);
        Assert.True(backup.ExitCode == 0, backup.Output);
        var target = new HostSettings(_restored!, Path.Combine(_folder, "restored"));
        target.Values["Database:KeyRingPath"] = settings.Values["Database:KeyRingPath"];
        var restore = await HostProcess.RunCommandAsync(target, "restore", "--tenant", "demo", "--in", backupFile);
        Assert.True(restore.ExitCode == 0, restore.Output);
        var again = Path.Combine(_folder, "again.ssbak");
        Assert.Equal(0, (await HostProcess.RunCommandAsync(target, "backup", "--tenant", "demo", "--out", again)).ExitCode);
        var verifyRestored = await HostProcess.RunCommandAsync(target, "verify-audit", "--tenant", "demo");
        Assert.True(verifyRestored.ExitCode == 0, verifyRestored.Output);

        var keys = FieldProtector.LoadOrCreate(settings.Values["Database:KeyRingPath"]);
        var original = Modules(keys, await File.ReadAllBytesAsync(backupFile));
        var roundTripped = Modules(keys, await File.ReadAllBytesAsync(again));
        Assert.Equal(original.ToJsonString(), roundTripped.ToJsonString());
        Assert.True(original["Customers"]!["Customer"]!.AsArray().Count >= customers);
    }

    /// <summary>
    /// The sales report by day and rep, which reads the reps' days, equals the same figures summed from the order lines (the
    /// report by day, rep and customer), over the demo's history and the tour's orders, as the running host's dispatcher wrote
    /// them. Both are written in one transaction; the two reports are two reads, so an event the dispatcher commits between
    /// them is waited out (a day that disagreed with its lines would disagree every time).
    /// </summary>
    private static async Task ReportsFromDaysAndLinesAgreeAsync(GraphQLClient admin)
    {
        const string report = """
            query($g: [SalesDimension!]) { salesReport(from: "2020-01-01", to: "2029-12-31", groupBy: $g) {
                rows { period repId measures { revenue orders orderLines quantity } } } }
            """;
        async Task<List<string>> SumsAsync(string[] groupBy)
        {
            var rows = (await admin.DataAsync(report, new { g = groupBy }))["salesReport"]!["rows"]!.AsArray();
            decimal Sum(IEnumerable<JsonNode?> group, string measure) => group.Sum(r => r!["measures"]![measure]!.GetValue<decimal>());
            return rows.GroupBy(r => $"{r!["period"]} {r["repId"]}").OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {Sum(g, "revenue")}/{Sum(g, "orders")}/{Sum(g, "orderLines")}/{Sum(g, "quantity")}").ToList();
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var days = await SumsAsync(["DAY", "REP"]);
            var lines = await SumsAsync(["DAY", "REP", "CUSTOMER"]);
            if (days.SequenceEqual(lines) || waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                Assert.NotEmpty(days);
                Assert.Equal(lines, days);
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>
    /// A page of plain customer fields (loaded column by column) answers as the same page that loads whole customers, and a
    /// query runs by its hash once the host has seen its text (automatic persisted queries).
    /// </summary>
    private static async Task ListsAndPersistedQueriesAsync(GraphQLClient admin)
    {
        const string Page = "customers(first: 50, order: [{ name: ASC }]) { totalCount nodes { id name level tags ownerId version";
        var plain = await admin.DataAsync("{ " + Page + " } } }");
        var whole = await admin.DataAsync("{ " + Page + " address { city } } } }");
        foreach (var node in whole["customers"]!["nodes"]!.AsArray())
        {
            node!.AsObject().Remove("address");
        }

        Assert.Equal(50, plain["customers"]!["nodes"]!.AsArray().Count);
        Assert.Equal(whole.ToJsonString(), plain.ToJsonString());

        var query = $"query Persisted{Guid.NewGuid():N} {{ {Page} }} }} }}";
        var hash = GraphQLClient.Sha256Hash(query);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await admin.PostPersistedAsync(null, hash)).FirstErrorCode);
        var registered = await admin.PostPersistedAsync(query, hash);
        var byHash = await admin.PostPersistedAsync(null, hash);
        Assert.Equal(plain.ToJsonString(), registered.Data!.ToJsonString());
        Assert.Equal(plain.ToJsonString(), byHash.Data!.ToJsonString());
    }

    private static async Task<string> DevTokenAsync(HostSettings settings, string user, string role)
    {
        var (exitCode, text) = await HostProcess.RunCommandAsync(settings, "dev-token", "--tenant", "demo", "--user", user, "--role", role);
        Assert.True(exitCode == 0, text);
        return text.Trim().Split('\n').Last().Trim();
    }

    private static JsonNode Modules(FieldProtector keys, byte[] file)
    {
        using var plain = new MemoryStream(keys.UnprotectBytes(file));
        using var gzip = new GZipStream(plain, CompressionMode.Decompress);
        return JsonNode.Parse(gzip)!["modules"]!;
    }
}

[Collection(HostProcesses.Name)]
public sealed class EndToEndOnSqlite(ITestOutputHelper output) : EndToEndTests(TestProvider.Sqlite, "Debug", output);

[Collection(HostProcesses.Name)]
public sealed class EndToEndOnPostgres(ITestOutputHelper output) : EndToEndTests(TestProvider.Postgres, "Debug", output);

[Collection(HostProcesses.Name)]
public sealed class EndToEndReleaseOnSqlite(ITestOutputHelper output) : EndToEndTests(TestProvider.Sqlite, "Release", output);

[Collection(HostProcesses.Name)]
public sealed class EndToEndReleaseOnPostgres(ITestOutputHelper output) : EndToEndTests(TestProvider.Postgres, "Release", output);

/// <summary>The host as it is deployed (published, ReadyToRun) on the production database.</summary>
[Collection(HostProcesses.Name)]
public sealed class EndToEndPublishedOnPostgres(ITestOutputHelper output) : EndToEndTests(TestProvider.Postgres, HostProcess.Published, output);

/// <summary>
/// One host process at a time: each first start seeds the demo history (CPU-bound), and the Release runs share one build
/// of the host, which two at once would write over each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostProcesses
{
    public const string Name = "Host processes";
}
