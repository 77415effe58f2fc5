using SalesSuite.Testing;
using Xunit.Abstractions;

namespace SalesSuite.Security.Tests;

/// <summary>
/// Many requests of different tenants and users at once (resolvers, contexts and filters under load): each
/// answer holds exactly the rows its caller saw when asking alone.
/// </summary>
public abstract class ConcurrentTenantsTests(SecurityAppFixture fixture, ITestOutputHelper output)
{
    private const string Query = "{ customers(first: 100) { nodes { name ownerId } totalCount } }";
    private const int Requests = 200;
    private const int InFlight = 16;

    private static readonly Caller[] Callers =
    [
        new("demo", "alice", "rep"),
        new("demo", "bob", "rep"),
        new("demo", "carol", "manager"),
        new("demo", "admin", "admin"),
        new("acme", "admin", "admin"),
    ];

    private SalesSuiteApp App => fixture.App;

    [Fact]
    public async Task Two_hundred_parallel_requests_of_mixed_tenants_and_users_each_see_only_their_own_rows()
    {
        var clients = Callers.ToDictionary(c => c, c => App.As(c.Tenant, c.User, c.Role));
        var expected = new Dictionary<Caller, List<string>>();
        foreach (var caller in Callers)
        {
            expected[caller] = Rows(await clients[caller].DataAsync(Query));
        }

        var (alice, bob, carol, demoAdmin, acmeAdmin) = (expected[Callers[0]], expected[Callers[1]], expected[Callers[2]], expected[Callers[3]],
            expected[Callers[4]]);
        Assert.Equal(15, alice.Count);
        Assert.Equal(15, bob.Count);
        Assert.Equal(45, carol.Count);
        Assert.Equal(60, demoAdmin.Count);
        Assert.True(acmeAdmin.Count >= 5);
        Assert.All(alice, row => Assert.StartsWith("alice/", row, StringComparison.Ordinal));
        Assert.All(bob, row => Assert.StartsWith("bob/", row, StringComparison.Ordinal));
        Assert.Empty(demoAdmin.Intersect(acmeAdmin));

        var random = new Random(20261102);
        var plan = Enumerable.Range(0, Requests).Select(_ => Callers[random.Next(Callers.Length)]).ToList();
        using var gate = new SemaphoreSlim(InFlight);
        var answers = await Task.WhenAll(plan.Select(async caller =>
        {
            await gate.WaitAsync();
            try
            {
                return (Caller: caller, Response: await clients[caller].PostAsync(Query));
            }
            finally
            {
                gate.Release();
            }
        }));

        var failedRequests = 0;
        var wrongRows = 0;
        var problems = new List<string>();
        foreach (var (caller, response) in answers)
        {
            if (response.Errors.Count > 0 || response.Data is null)
            {
                failedRequests++;
                problems.Add($"{caller}: {response}");
                continue;
            }

            var rows = Rows(response.Data);
            var want = expected[caller];
            var foreign = rows.Except(want).ToList();
            wrongRows += foreign.Count + Math.Max(0, want.Count - rows.Count);
            var total = response.Data["customers"]!["totalCount"]!.GetValue<int>();
            if (foreign.Count > 0 || !rows.SequenceEqual(want) || total != want.Count)
            {
                problems.Add(
                    $"{caller}: {foreign.Count} foreign rows (e.g. {string.Join(", ", foreign.Take(3))}), {rows.Count} rows, totalCount {total}, expected " +
                    $"{want.Count}");
            }
        }

        output.WriteLine($"{answers.Length} requests ({string.Join(", ", Callers.Select(c => $"{c}: {plan.Count(p => p == c)}"))}), " +
                         $"{InFlight} in flight: {wrongRows} wrong rows, {failedRequests} failed requests.");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.Equal(0, wrongRows);
    }

    /// <summary>The rows as "owner/name", in the order the server sends them.</summary>
    private static List<string> Rows(System.Text.Json.Nodes.JsonNode data) =>
        data["customers"]!["nodes"]!.AsArray().Select(n => n!["ownerId"]!.GetValue<string>() + "/" + n["name"]!.GetValue<string>()).ToList();

    private sealed record Caller(string Tenant, string User, string Role)
    {
        public override string ToString() => $"{User}@{Tenant}";
    }
}

public sealed class ConcurrentTenantsOnSqlite(SqliteSecurityFixture fixture, ITestOutputHelper output)
    : ConcurrentTenantsTests(fixture, output), IClassFixture<SqliteSecurityFixture>;

public sealed class ConcurrentTenantsOnPostgres(PostgresSecurityFixture fixture, ITestOutputHelper output)
    : ConcurrentTenantsTests(fixture, output), IClassFixture<PostgresSecurityFixture>;
