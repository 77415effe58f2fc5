using System.Diagnostics;
using System.Text.Json.Nodes;
using SalesSuite.Testing;
using Xunit.Abstractions;

namespace SalesSuite.Host.Tests;

/// <summary>
/// Webhooks as an integrator meets them: the host runs in its own process as the README starts it (real clock, its own outbox
/// dispatcher and sender), a receiver on 127.0.0.1 verifies every signature with its own code, and a delivery that failed before a
/// restart arrives after it with the same webhook-id. Prints the time from each committed change to its arrival.
/// </summary>
public abstract class WebhookEndToEndTests(TestProvider provider, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Changes = 40;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "salessuite-hooks-" + Guid.NewGuid().ToString("N")[..8]);
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
    public async Task Committed_changes_arrive_signed_in_sequence_and_a_delivery_pending_at_a_restart_arrives_after_it()
    {
        await using var receiver = WebhookReceiver.Start();
        var settings = new HostSettings(_database!, Path.Combine(_folder, "data"), new Dictionary<string, string>
        {
            ["Seed:DemoHistory"] = "false",
            ["Webhooks:AllowPrivateNetworks"] = "true",   // the receiver is on loopback
        });
        try
        {
            await RunAsync(settings, receiver);
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

    private async Task RunAsync(HostSettings settings, WebhookReceiver receiver)
    {
        var (exitCode, text) = await HostProcess.RunCommandAsync(settings, "dev-token", "--tenant", "demo", "--user", "admin", "--role", "admin");
        Assert.True(exitCode == 0, text);
        var token = text.Trim().Split('\n').Last().Trim();
        string secret;
        string pendingId;
        await using (var host = await HostProcess.StartAsync(settings))
        {
            await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
            var admin = host.As(token);
            secret = (await admin.DataAsync("""
                mutation($url: String!) { createWebhookEndpoint(input: { url: $url, eventTypes: ["customer.created", "customer.updated"] }) { secret } }
                """, new { url = receiver.Url + "hooks" }))["createWebhookEndpoint"]!["secret"]!.GetValue<string>();

            // One change at a time: the time from the mutation's answer (its commit) to the webhook's arrival.
            var latencies = new List<double>();
            var ids = new List<string>();
            for (var i = 0; i < Changes; i++)
            {
                var committed = DateTimeOffset.UtcNow;
                var id = (await admin.DataAsync("mutation($n: String!) { createCustomer(input: { name: $n }) { customer { id } } }", new { n = $"Hook {i}" }))
                    ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
                committed = committed + ((DateTimeOffset.UtcNow - committed) / 2);
                var arrived = await receiver.NextAsync(TimeSpan.FromSeconds(30));
                latencies.Add((arrived.ReceivedAt - committed).TotalMilliseconds);
                ids.Add(id);
            }

            var received = receiver.Received.ToList();
            Assert.Equal(Changes, received.Count);
            Assert.All(received, w => Assert.True(WebhookReceiver.IsSignedWith(w, secret), w.Body));
            var bodies = received.Select(w => JsonNode.Parse(w.Body)!).ToList();
            Assert.Equal(ids, bodies.Select(b => b["data"]!["id"]!.GetValue<string>()));
            // One module's events are numbered in commit order, among the tenant's other events (the demo's seeded ones too).
            var numbers = bodies.Select(b => b["sequence"]!.GetValue<long>()).ToList();
            Assert.True(numbers.Zip(numbers.Skip(1)).All(p => p.Second > p.First), string.Join(", ", numbers));
            Assert.Equal(Changes, received.Select(w => w.Id).Distinct().Count());
            latencies.Sort();
            output.WriteLine($"{provider}: commit to webhook over {Changes} changes: median {latencies[Changes / 2]:0} ms, " +
                $"p90 {latencies[Changes * 9 / 10]:0} ms, max {latencies[^1]:0} ms");

            // The receiver fails; the delivery waits for its retry (5 s) and the host stops before it comes.
            receiver.Answer = _ => new WebhookAnswer(503);
            await admin.DataAsync("mutation { createCustomer(input: { name: \"Across a restart\" }) { customer { id } } }");
            var failed = await receiver.NextAsync(TimeSpan.FromSeconds(30));
            pendingId = failed.Id!;
            await host.StopAsync();
        }

        receiver.Answer = _ => new WebhookAnswer(200);
        var watch = Stopwatch.StartNew();
        await using (var host = await HostProcess.StartAsync(settings))
        {
            var again = await receiver.NextAsync(TimeSpan.FromSeconds(60));
            output.WriteLine($"{provider}: the delivery pending at the restart arrived {watch.Elapsed.TotalSeconds:0.0} s after the restart began");
            Assert.Equal(pendingId, again.Id);
            Assert.True(WebhookReceiver.IsSignedWith(again, secret));
            Assert.Equal("Across a restart", JsonNode.Parse(again.Body)!["data"]!["name"]!.GetValue<string>());

            var admin = host.As(token);
            var delivery = (await admin.DataAsync("{ webhookDeliveries(first: 1) { nodes { webhookId status attempts { statusCode } } } }"))
                ["webhookDeliveries"]!["nodes"]![0]!;
            Assert.Equal(pendingId, delivery["webhookId"]!.GetValue<string>());
            await WaitForAsync(async () => (await admin.DataAsync("{ webhookDeliveries(first: 1) { nodes { status } } }"))
                ["webhookDeliveries"]!["nodes"]![0]!["status"]!.GetValue<string>() == "SUCCEEDED");
            Assert.True((await admin.DataAsync("{ auditChainVerification { valid } }"))["auditChainVerification"]!["valid"]!.GetValue<bool>());
        }
    }

    /// <summary>The receiver has its answer before the sender records it: wait for the record (a few milliseconds).</summary>
    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "The delivery was not recorded as SUCCEEDED within 10 s.");
            await Task.Delay(100);
        }
    }
}

public sealed class WebhookEndToEndOnSqlite(ITestOutputHelper output) : WebhookEndToEndTests(TestProvider.Sqlite, output);

public sealed class WebhookEndToEndOnPostgres(ITestOutputHelper output) : WebhookEndToEndTests(TestProvider.Postgres, output);
