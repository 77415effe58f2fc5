using System.Diagnostics;
using System.Text.Json.Nodes;
using SalesSuite.Testing;
using Xunit.Abstractions;

namespace SalesSuite.Host.Tests;

/// <summary>
/// Subscriptions as a partner's front end meets them: the host in its own process as the README starts it (real clock, its own outbox
/// dispatcher), clients on graphql-transport-ws (<see cref="GraphQLWsClient"/>) and server-sent events (<see cref="GraphQLSseClient"/>)
/// written from the protocols' texts. A rep hears only the records they may read, another tenant hears nothing, a where filters, the
/// protocol's close codes come when they should, and the socket closes when the token expires. Prints the time from each committed
/// change to its event.
/// </summary>
public abstract class SubscriptionEndToEndTests(TestProvider provider, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Changes = 30;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private const string CustomerChanged = "subscription { customerChanged { action event id sequence customer { name ownerId } } }";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "salessuite-live-" + Guid.NewGuid().ToString("N")[..8]);
    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync()
    {
        await _database!.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Committed_changes_reach_the_subscribers_who_may_read_them_over_WebSocket_and_SSE()
    {
        var settings = new HostSettings(_database!, Path.Combine(_folder, "data"), new Dictionary<string, string>
        {
            ["Seed:DemoHistory"] = "false",
            ["Subscriptions:ConnectionInitTimeoutSeconds"] = "2",
            ["Jobs:PollSeconds"] = "1",       // the reminder job
        });
        try
        {
            await RunAsync(settings);
        }
        catch
        {
            foreach (var log in HostProcess.Logs)
            {
                output.WriteLine(log);
            }

            throw;
        }
    }

    private async Task RunAsync(HostSettings settings)
    {
        var tokens = await Task.WhenAll(
            TokenAsync(settings, "demo", "admin", "admin"),
            TokenAsync(settings, "demo", "rep-a", "rep"),
            TokenAsync(settings, "demo", "rep-b", "rep"),
            TokenAsync(settings, "acme", "admin", "admin"),
            TokenAsync(settings, "demo", "erin", "guest"));
        var (admin, repA, repB, acme, erin) = (tokens[0], tokens[1], tokens[2], tokens[3], tokens[4]);
        await using var host = await HostProcess.StartAsync(settings);
        await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        var demoAdmin = host.As(admin);

        await using var adminWs = await GraphQLWsClient.ConnectAsync(host.Address, admin);
        await using var repAWs = await GraphQLWsClient.ConnectAsync(host.Address, repA, "demo");
        await using var acmeWs = await GraphQLWsClient.ConnectAsync(host.Address, acme);
        await adminWs.SubscribeAsync("all", CustomerChanged);
        await repAWs.SubscribeAsync("mine", CustomerChanged);
        await acmeWs.SubscribeAsync("acme", CustomerChanged);
        await using var repBSse = await GraphQLSseClient.StartAsync(host.Http, repB, CustomerChanged);
        Assert.Equal(200, repBSse.Status);
        Assert.Equal("text/event-stream", repBSse.ContentType);
        await ListeningAsync(() => CreateCustomerAsync(demoAdmin, "Warm-up A", "rep-a"), Next(repAWs, "mine"));
        await ListeningAsync(() => CreateCustomerAsync(demoAdmin, "Warm-up B", "rep-b"), async t => Id((await repBSse.NextResultAsync(t))));
        await ListeningAsync(() => CreateCustomerAsync(host.As(acme), "Warm-up acme", null), Next(acmeWs, "acme"));
        await ListeningAsync(() => CreateCustomerAsync(demoAdmin, "Warm-up admin", null), Next(adminWs, "all"));

        // Admin registers a customer for each rep: each rep hears of their own, the admin of both, acme of neither.
        var forA = await CreateCustomerAsync(demoAdmin, "For rep A", "rep-a");
        var forB = await CreateCustomerAsync(demoAdmin, "For rep B", "rep-b");
        var first = (await adminWs.NextResultAsync("all", Wait))["data"]!["customerChanged"]!;
        var second = (await adminWs.NextResultAsync("all", Wait))["data"]!["customerChanged"]!;
        Assert.Equal(new[] { forA, forB }, new[] { first["id"]!.GetValue<string>(), second["id"]!.GetValue<string>() });
        Assert.Equal("CREATED", first["action"]!.GetValue<string>());
        Assert.Equal("customer.created", first["event"]!.GetValue<string>());
        Assert.Equal("For rep A", first["customer"]!["name"]!.GetValue<string>());
        Assert.True(second["sequence"]!.GetValue<long>() > first["sequence"]!.GetValue<long>());

        var repASees = (await repAWs.NextResultAsync("mine", Wait))["data"]!["customerChanged"]!;
        Assert.Equal(forA, repASees["id"]!.GetValue<string>());
        Assert.Equal("rep-a", repASees["customer"]!["ownerId"]!.GetValue<string>());
        var repBSees = (await repBSse.NextResultAsync(Wait))["data"]!["customerChanged"]!;
        Assert.Equal(forB, repBSees["id"]!.GetValue<string>());

        // Events come in commit order: rep A's next event is its own later change, so rep B's customer was never sent to rep A;
        // acme's next event is its own customer, so no demo change reached it.
        var markerA = await CreateCustomerAsync(host.As(repA), "Marker of rep A", null);
        Assert.Equal(markerA, (await repAWs.NextResultAsync("mine", Wait))["data"]!["customerChanged"]!["id"]!.GetValue<string>());
        var acmeOwn = await CreateCustomerAsync(host.As(acme), "Acme's own", null);
        var acmeSees = (await acmeWs.NextResultAsync("acme", Wait))["data"]!["customerChanged"]!;
        Assert.Equal(acmeOwn, acmeSees["id"]!.GetValue<string>());
        var markerB = await CreateCustomerAsync(host.As(repB), "Marker of rep B", null);
        Assert.Equal(markerB, (await repBSse.NextResultAsync(Wait))["data"]!["customerChanged"]!["id"]!.GetValue<string>());
        await adminWs.NextResultAsync("all", Wait);      // the markers of both reps
        await adminWs.NextResultAsync("all", Wait);

        // An update: the record as it is when the event is sent.
        await demoAdmin.DataAsync("mutation($id: ID!) { updateCustomer(input: { id: $id, name: \"Renamed for A\" }) { customer { id } } }", new { id = forA });
        var renamed = (await repAWs.NextResultAsync("mine", Wait))["data"]!["customerChanged"]!;
        Assert.Equal(("UPDATED", "Renamed for A"), (renamed["action"]!.GetValue<string>(), renamed["customer"]!["name"]!.GetValue<string>()));
        await adminWs.NextResultAsync("all", Wait);

        // A where on the record's fields.
        await adminWs.SubscribeAsync("named", "subscription($n: String!) { customerChanged(where: { name: { startsWith: $n } }) { customer { name } } }",
            new { n = "Zeta" });
        await CreateCustomerAsync(demoAdmin, "Alpha not matching", null);
        await CreateCustomerAsync(demoAdmin, "Zeta matching", null);
        var seen = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var message = await adminWs.NextAsync(Wait);
            seen.Add(message["id"]!.GetValue<string>() + ":" + message["payload"]!["data"]!["customerChanged"]!["customer"]!["name"]!.GetValue<string>());
        }

        Assert.Equal(new[] { "all:Alpha not matching", "all:Zeta matching", "named:Zeta matching" }, seen.Order().ToArray());

        // Latency: one change at a time, from the mutation's answer (its commit) to the event.
        var latencies = new List<double>();
        for (var i = 0; i < Changes; i++)
        {
            var started = DateTimeOffset.UtcNow;
            await CreateCustomerAsync(demoAdmin, $"Zeta {i}", null);
            var committed = started + ((DateTimeOffset.UtcNow - started) / 2);
            var one = await adminWs.NextAsync(Wait);
            latencies.Add((DateTimeOffset.UtcNow - committed).TotalMilliseconds);
            var other = await adminWs.NextAsync(Wait);       // the two subscriptions of the socket run side by side
            Assert.Equal(["all", "named"], new[] { one, other }.Select(m => m["id"]!.GetValue<string>()).Order());
        }

        latencies.Sort();
        output.WriteLine($"{provider}: commit to subscription event over {Changes} changes: median {latencies[Changes / 2]:0} ms, " +
            $"p90 {latencies[Changes * 9 / 10]:0} ms, max {latencies[^1]:0} ms");

        // A client that completes its subscription hears no more of it; a query runs once over the socket.
        await adminWs.SendAsync(new JsonObject { ["id"] = "named", ["type"] = "complete" });
        await adminWs.SubscribeAsync("count", "{ customers(first: 1) { totalCount } }");
        var count = await adminWs.NextResultAsync("count", Wait);
        Assert.True(count["data"]!["customers"]!["totalCount"]!.GetValue<int>() > Changes);
        Assert.Equal("complete", (await adminWs.NextAsync(Wait))["type"]!.GetValue<string>());
        await CreateCustomerAsync(demoAdmin, "Zeta after complete", null);
        Assert.Equal("all", (await adminWs.NextAsync(Wait))["id"]!.GetValue<string>());

        await ProtocolErrorsAsync(host, admin, repA);
        await GrantChangesAsync(host, demoAdmin, erin);
        await RemindersAsync(host, demoAdmin, admin, repA);
        await ExpiryAsync(host, await TokenAsync(settings, "demo", "short", "admin", "--seconds", "15"));
    }

    /// <summary>The protocol's answers to clients that break it (graphql-transport-ws close codes), and errors with stable codes.</summary>
    private static async Task ProtocolErrorsAsync(HostProcess host, string admin, string rep)
    {
        await using (var noProtocol = await GraphQLWsClient.OpenAsync(host.Address, protocol: null))
        {
            Assert.Equal(4406, await noProtocol.ClosedAsync(Wait));
        }

        await using (var early = await GraphQLWsClient.OpenAsync(host.Address))
        {
            await early.SubscribeAsync("1", CustomerChanged);
            Assert.Equal(4401, await early.ClosedAsync(Wait));
        }

        await using (var silent = await GraphQLWsClient.OpenAsync(host.Address))
        {
            Assert.Equal(4408, await silent.ClosedAsync(Wait));     // no connection_init within 2 s
        }

        await using (var badToken = await GraphQLWsClient.OpenAsync(host.Address))
        {
            await badToken.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["authorization"] = "Bearer nope" } });
            Assert.Equal(4403, await badToken.ClosedAsync(Wait));
        }

        await using (var otherTenant = await GraphQLWsClient.OpenAsync(host.Address))
        {
            await otherTenant.SendAsync(new JsonObject
            {
                ["type"] = "connection_init",
                ["payload"] = new JsonObject { ["authorization"] = "Bearer " + admin, ["tenant"] = "acme" },
            });
            Assert.Equal(4403, await otherTenant.ClosedAsync(Wait));
        }

        await using (var garbage = await GraphQLWsClient.ConnectAsync(host.Address, admin))
        {
            await garbage.SendTextAsync("{ not json");
            Assert.Equal(4400, await garbage.ClosedAsync(Wait));
        }

        await using (var twice = await GraphQLWsClient.ConnectAsync(host.Address, admin))
        {
            await twice.SendAsync(new JsonObject { ["type"] = "connection_init" });
            Assert.Equal(4429, await twice.ClosedAsync(Wait));
        }

        await using (var duplicate = await GraphQLWsClient.ConnectAsync(host.Address, admin))
        {
            await duplicate.SendAsync(new JsonObject { ["type"] = "ping" });
            Assert.Equal("pong", (await duplicate.NextAsync(Wait))["type"]!.GetValue<string>());
            await duplicate.SubscribeAsync("same", CustomerChanged);
            await duplicate.SubscribeAsync("same", CustomerChanged);
            Assert.Equal(4409, await duplicate.ClosedAsync(Wait));
        }

        await using var errors = await GraphQLWsClient.ConnectAsync(host.Address, rep);
        await errors.SubscribeAsync("bad", "subscription { customerChanged { nope } }");
        var invalid = await errors.NextAsync(Wait);
        Assert.Equal(("error", "bad"), (invalid["type"]!.GetValue<string>(), invalid["id"]!.GetValue<string>()));
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", invalid["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        await errors.SubscribeAsync("hooks", "{ webhookEndpoints(first: 1) { totalCount } }");
        var forbidden = await errors.NextAsync(Wait);
        Assert.Equal(("error", "hooks"), (forbidden["type"]!.GetValue<string>(), forbidden["id"]!.GetValue<string>()));
        Assert.Equal("FORBIDDEN", forbidden["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // Over HTTP without an event stream, a subscription is refused with a pointer to the transports.
        var plain = await host.As(admin).PostAsync(CustomerChanged);
        Assert.Equal("BAD_REQUEST", plain.ErrorCodes.Single());
    }

    /// <summary>
    /// Field permissions and roles apply when each event is sent: a denied field comes as null with FORBIDDEN, and once the subscriber's
    /// role is revoked the next event ends the subscription with FORBIDDEN.
    /// </summary>
    private static async Task GrantChangesAsync(HostProcess host, GraphQLClient admin, string erin)
    {
        await admin.DataAsync("""
            mutation { defineRole(input: { name: "no-amounts", permissions: ["customers.read", "opportunities.read"], scope: TENANT,
              deniedFields: ["Opportunity.amount"] }) { role { name } } }
            """);
        await admin.DataAsync("mutation { assignRole(input: { userId: \"erin\", role: \"no-amounts\" }) { roles } }");
        var customer = (await admin.DataAsync("{ customers(first: 1) { nodes { id } } }"))["customers"]!["nodes"]![0]!["id"]!.GetValue<string>();
        async Task<string> CreateDealAsync(string title) =>
            (await admin.DataAsync("mutation($c: ID!, $t: String!) { createOpportunity(input: { customerId: $c, title: $t, amount: 900, probability: 40 }) " +
                "{ opportunity { id } } }", new { c = customer, t = title }))["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();

        await using var socket = await GraphQLWsClient.ConnectAsync(host.Address, erin);
        await socket.SubscribeAsync("deals", "subscription { opportunityChanged { id opportunity { title amount } } }");
        JsonNode? last = null;
        await ListeningAsync(() => CreateDealAsync("Deal for erin"), async timeout =>
        {
            last = await socket.NextResultAsync("deals", timeout);
            return last["data"]!["opportunityChanged"]!["id"]!.GetValue<string>();
        });
        var deal = last!["data"]!["opportunityChanged"]!["opportunity"]!;
        Assert.Equal("Deal for erin", deal["title"]!.GetValue<string>());
        Assert.Null(deal["amount"]);
        Assert.Equal("FORBIDDEN", last["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        await admin.DataAsync("mutation { revokeRole(input: { userId: \"erin\", role: \"no-amounts\" }) { roles } }");
        await CreateDealAsync("After the revoke");
        var ended = await socket.NextAsync(Wait);
        Assert.Equal(("error", "deals"), (ended["type"]!.GetValue<string>(), ended["id"]!.GetValue<string>()));
        Assert.Equal("FORBIDDEN", ended["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    /// <summary>reminderDue: each user hears of their own reminders as the reminder job raises them.</summary>
    private static async Task RemindersAsync(HostProcess host, GraphQLClient admin, string adminToken, string repToken)
    {
        const string Due = "subscription { reminderDue { action event reminder { kind title status } } }";
        await using var adminWs = await GraphQLWsClient.ConnectAsync(host.Address, adminToken);
        await using var repWs = await GraphQLWsClient.ConnectAsync(host.Address, repToken);
        await adminWs.SubscribeAsync("due", Due);
        await repWs.SubscribeAsync("due", Due);
        var count = 0;

        // A customer with an interaction whose follow-up date has passed: the job raises a FOLLOW_UP reminder for its owner.
        async Task<string> FollowUpAsync(string owner)
        {
            var name = $"Reminded {owner} {++count}";
            var customer = await CreateCustomerAsync(admin, name, owner);
            await admin.DataAsync(
                "mutation($c: ID!, $at: DateTimeOffset!, $due: DateTimeOffset!) { logInteraction(input: { customerId: $c, kind: CALL, " +
                "subject: \"Call back\", occurredAt: $at, nextFollowUpAt: $due }) { interaction { id } } }",
                new { c = customer, at = DateTimeOffset.UtcNow.AddDays(-2), due = DateTimeOffset.UtcNow.AddDays(-1) });
            return $"Follow up with {name}: Call back";
        }

        JsonNode? last = null;
        Func<TimeSpan, Task<string>> Title(GraphQLWsClient socket) => async timeout =>
        {
            last = (await socket.NextResultAsync("due", timeout))["data"]!["reminderDue"]!;
            return last["reminder"]!["title"]!.GetValue<string>();
        };

        await ListeningAsync(() => FollowUpAsync("rep-a"), Title(repWs));
        await ListeningAsync(() => FollowUpAsync("admin"), Title(adminWs));
        Assert.Equal(("reminder.due", "FOLLOW_UP", "OPEN"),
            (last!["event"]!.GetValue<string>(), last["reminder"]!["kind"]!.GetValue<string>(), last["reminder"]!["status"]!.GetValue<string>()));

        // The rep's next reminder is the rep's own, and the admin's next is the admin's: neither heard the other's.
        var forRep = await FollowUpAsync("rep-a");
        var forAdmin = await FollowUpAsync("admin");
        Assert.Equal(forRep, await Title(repWs)(Wait));
        Assert.Equal(forAdmin, await Title(adminWs)(Wait));
    }

    /// <summary>The socket closes with 4403 when its token expires; an event stream ends.</summary>
    private static async Task ExpiryAsync(HostProcess host, string shortLived)
    {
        await using var socket = await GraphQLWsClient.ConnectAsync(host.Address, shortLived);
        await using var stream = await GraphQLSseClient.StartAsync(host.Http, shortLived, CustomerChanged);
        Assert.Equal(200, stream.Status);
        Assert.Equal(4403, await socket.ClosedAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("expired", socket.CloseReason);
        Assert.Equal("complete", (await stream.NextAsync(TimeSpan.FromSeconds(30))).Event);
    }

    /// <summary>
    /// A subscription listens from a moment the client cannot see: make changes until the subscriber hears one, reading past the ones
    /// it heard before (events come in commit order). Nothing is asserted before it listens.
    /// </summary>
    private static async Task ListeningAsync(Func<Task<string>> change, Func<TimeSpan, Task<string>> next)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var id = await change();
            try
            {
                while (await next(TimeSpan.FromSeconds(3)) != id)
                {
                }

                return;
            }
            catch (TimeoutException)
            {
            }
        }

        Assert.Fail("The subscription heard none of ten changes.");
    }

    private static Func<TimeSpan, Task<string>> Next(GraphQLWsClient socket, string id) => async timeout => Id(await socket.NextResultAsync(id, timeout));

    private static string Id(JsonNode result) => result["data"]!["customerChanged"]!["id"]!.GetValue<string>();

    /// <summary>Registers a customer owned by <paramref name="owner"/>, or by its creator when null.</summary>
    private static async Task<string> CreateCustomerAsync(GraphQLClient client, string name, string? owner) =>
        (await (owner is null
            ? client.DataAsync("mutation($n: String!) { createCustomer(input: { name: $n }) { customer { id } } }", new { n = name })
            : client.DataAsync("mutation($n: String!, $o: String!) { createCustomer(input: { name: $n, ownerId: $o }) { customer { id } } }",
                new { n = name, o = owner })))["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

    private static async Task<string> TokenAsync(HostSettings settings, string tenant, string user, string role, params string[] more)
    {
        var (exitCode, text) = await HostProcess.RunCommandAsync(settings, ["dev-token", "--tenant", tenant, "--user", user, "--role", role, .. more]);
        Assert.True(exitCode == 0, text);
        return text.Trim().Split('\n').Last().Trim();
    }
}

public sealed class SubscriptionEndToEndOnSqlite(ITestOutputHelper output) : SubscriptionEndToEndTests(TestProvider.Sqlite, output);

public sealed class SubscriptionEndToEndOnPostgres(ITestOutputHelper output) : SubscriptionEndToEndTests(TestProvider.Postgres, output);
