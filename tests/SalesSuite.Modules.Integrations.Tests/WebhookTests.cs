using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Integrations.Delivery;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Integrations.Tests;

/// <summary>
/// Webhooks through the API, the outbox and a real HTTP receiver on 127.0.0.1 (private networks allowed, as for an on-premises
/// receiver). The outbox and the sender run by hand after the fake clock moves (it starts at 2026-11-02 09:00 UTC).
/// </summary>
public abstract class WebhookTests(TestProvider provider) : FreshAppTests(provider), IAsyncLifetime
{
    private const string Create = """
        mutation($url: String!, $types: [String!]!) {
            createWebhookEndpoint(input: { url: $url, eventTypes: $types }) { secret endpoint { id url enabled eventTypes version } } }
        """;

    private const string Deliveries = """
        query($endpoint: ID) { webhookDeliveries(endpointId: $endpoint, first: 50) { totalCount nodes {
            id webhookId eventType sequence status attemptCount nextAttemptAt lastStatusCode lastError payload
            attempts { number statusCode error response } } } }
        """;

    private readonly WebhookReceiver _receiver = WebhookReceiver.Start();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Webhooks:AllowPrivateNetworks"] = "true" };

    private GraphQLClient Admin => App.As("demo");

    private GraphQLClient Alice => App.As("demo", "alice", "rep");

    async Task IAsyncLifetime.DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await DisposeAsync();
    }

    [Fact]
    public async Task A_committed_change_reaches_the_endpoint_once_signed_and_numbered_and_nothing_else_does()
    {
        var (endpoint, secret) = await EndpointAsync(Admin, "demo-hook", "customer.created", "customer.updated");
        var (_, _) = await EndpointAsync(App.As("acme"), "acme-hook", "customer.created", "customer.updated");

        var customer = (await Alice.DataAsync("mutation { createCustomer(input: { name: \"Hooked Ltd\" }) { customer { id } } }"))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        await Alice.DataAsync("mutation($id: ID!) { updateCustomer(input: { id: $id, name: \"Hooked Group\" }) { customer { id } } }", new { id = customer });
        await Alice.DataAsync("mutation($id: ID!) { createOpportunity(input: { customerId: $id, title: \"Not subscribed\", amount: 5, currency: \"USD\" }) " +
            "{ opportunity { id } } }", new { id = customer });
        await DeliverAsync();
        await DeliverAsync();                                                            // a second round finds nothing more to send

        // Attempts go out in parallel: receivers order events by their sequence, and so does this test.
        var received = _receiver.Received.OrderBy(w => JsonNode.Parse(w.Body)!["sequence"]!.GetValue<long>()).ToList();
        Assert.All(received, w => Assert.Equal("/demo-hook", w.Path));                  // acme's endpoint hears nothing of demo
        Assert.Equal(2, received.Count);
        Assert.All(received, w => Assert.True(WebhookReceiver.IsSignedWith(w, secret), "signed with the endpoint's secret"));
        var bodies = received.Select(w => JsonNode.Parse(w.Body)!).ToList();
        Assert.Equal(["customer.created", "customer.updated"], bodies.Select(b => b["type"]!.GetValue<string>()));
        var numbers = bodies.Select(b => b["sequence"]!.GetValue<long>()).ToList();
        Assert.True(numbers[0] > 0 && numbers[1] > numbers[0], string.Join(", ", numbers));  // every event of the tenant is numbered, sent or not
        Assert.All(bodies, b => Assert.Equal(customer, b["data"]!["id"]!.GetValue<string>()));
        Assert.Equal(["Hooked Ltd", "Hooked Group"], bodies.Select(b => b["data"]!["name"]!.GetValue<string>()));
        Assert.Equal("alice", bodies[0]["data"]!["ownerId"]!.GetValue<string>());
        Assert.Equal(App.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(), received[0].Timestamp);

        // The log shows the same ids and bodies, newest first.
        var log = (await Admin.DataAsync(Deliveries, new { endpoint }))["webhookDeliveries"]!;
        Assert.Equal(2, log["totalCount"]!.GetValue<int>());
        var nodes = log["nodes"]!.AsArray().Reverse().ToList();
        Assert.Equal(received.Select(w => w.Id), nodes.Select(n => n!["webhookId"]!.GetValue<string>()));
        Assert.Equal(received.Select(w => w.Body), nodes.Select(n => n!["payload"]!.GetValue<string>()));
        Assert.All(nodes, n => Assert.Equal(("SUCCEEDED", 1, 200), (n!["status"]!.GetValue<string>(), n["attemptCount"]!.GetValue<int>(),
            n["attempts"]![0]!["statusCode"]!.GetValue<int>())));
    }

    [Fact]
    public async Task Webhooks_are_for_admins_and_bad_input_changes_nothing()
    {
        Assert.Equal("FORBIDDEN", (await Alice.PostAsync(Create, new { url = _receiver.Url + "x", types = new[] { "customer.created" } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await Alice.PostAsync("{ webhookEndpoints { totalCount } }")).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await Alice.PostAsync("{ webhookDeliveries { totalCount } }")).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await App.As("demo", "carol", "manager").PostAsync("{ webhookEventTypes { name } }")).FirstErrorCode);

        foreach (var (url, types) in new[]
        {
            ("ftp://example.com/hook", new[] { "customer.created" }),
            ("/relative/hook", ["customer.created"]),
            ("https://user:secret@example.com/hook", ["customer.created"]),
            ("https://example.com/" + new string('a', 2000), ["customer.created"]),
            ("https://example.com/hook", []),
            ("https://example.com/hook", ["customer.exploded"]),
        })
        {
            var answer = await Admin.PostAsync(Create, new { url, types });
            Assert.Equal("VALIDATION", answer.FirstErrorCode);
        }

        var catalogue = (await Admin.DataAsync("{ webhookEventTypes { name description } }"))["webhookEventTypes"]!.AsArray()
            .Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("order.confirmed", catalogue);
        Assert.Equal(catalogue.Order(StringComparer.Ordinal), catalogue);
        Assert.Equal(0, (await Admin.DataAsync("{ webhookEndpoints { totalCount } }"))["webhookEndpoints"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_on_the_schedule_with_the_same_id_and_Retry_After_and_410_are_honoured()
    {
        var (endpoint, _) = await EndpointAsync(Admin, "flaky", "customer.created");
        var answers = new Queue<WebhookAnswer>([new(500), new(503, RetryAfter: "600"), new(200), new(410)]);
        _receiver.Answer = _ => answers.Dequeue();
        await CustomerAsync("Retry Co");

        await DeliverAsync();
        var first = await DeliveryAsync(endpoint);
        Assert.Equal(("PENDING", 500), (first["status"]!.GetValue<string>(), first["lastStatusCode"]!.GetValue<int>()));
        Assert.Equal(App.Clock.GetUtcNow().AddSeconds(5), DateTimeOffset.Parse(first["nextAttemptAt"]!.GetValue<string>()));
        Assert.Equal("refused with 500", first["attempts"]![0]!["response"]!.GetValue<string>());

        await DeliverAsync();
        Assert.Single(_receiver.Received);                                             // not before its time
        App.Clock.Advance(TimeSpan.FromSeconds(5));
        await DeliverAsync();
        Assert.Equal(App.Clock.GetUtcNow().AddSeconds(600), DateTimeOffset.Parse((await DeliveryAsync(endpoint))["nextAttemptAt"]!.GetValue<string>()));

        App.Clock.Advance(TimeSpan.FromSeconds(300));                                   // the schedule's 5 minutes: Retry-After asked for 10
        await DeliverAsync();
        Assert.Equal(2, _receiver.Received.Count);
        App.Clock.Advance(TimeSpan.FromSeconds(300));
        await DeliverAsync();
        var done = await DeliveryAsync(endpoint);
        Assert.Equal(("SUCCEEDED", 3), (done["status"]!.GetValue<string>(), done["attemptCount"]!.GetValue<int>()));
        Assert.Equal([500, 503, 200], done["attempts"]!.AsArray().Select(a => a!["statusCode"]!.GetValue<int>()));
        Assert.Single(_receiver.Received.Select(w => w.Id).Distinct());

        // 410 Gone: the endpoint is disabled and later events are not queued for it.
        await CustomerAsync("Gone Co");
        await DeliverAsync();
        var state = (await Admin.DataAsync("{ webhookEndpoints { nodes { enabled disabledReason } } }"))["webhookEndpoints"]!["nodes"]![0]!;
        Assert.Equal((false, "The receiver answered 410 Gone."), (state["enabled"]!.GetValue<bool>(), state["disabledReason"]!.GetValue<string>()));
        await CustomerAsync("Unheard Co");
        await DeliverAsync();
        Assert.Equal(4, _receiver.Received.Count);
        Assert.Equal(2, (await Admin.DataAsync(Deliveries, new { endpoint }))["webhookDeliveries"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_receiver_down_for_five_days_is_disabled_and_after_it_is_fixed_a_replay_delivers()
    {
        var (endpoint, _) = await EndpointAsync(Admin, "down", "customer.created");
        _receiver.Answer = _ => new WebhookAnswer(500);
        await CustomerAsync("Patient Co");
        await DeliverAsync();
        foreach (var delay in WebhookOptions.DefaultRetryScheduleSeconds.Skip(1))
        {
            App.Clock.Advance(TimeSpan.FromSeconds(delay));
            await DeliverAsync();
        }

        var exhausted = await DeliveryAsync(endpoint);
        Assert.Equal(("FAILED", 10), (exhausted["status"]!.GetValue<string>(), exhausted["attemptCount"]!.GetValue<int>()));
        Assert.True((await Admin.DataAsync("{ webhookEndpoints { nodes { enabled } } }"))["webhookEndpoints"]!["nodes"]![0]!["enabled"]!.GetValue<bool>());

        App.Clock.Advance(TimeSpan.FromDays(2));                                        // five days after the first failure
        await CustomerAsync("Later Co");
        await DeliverAsync();
        var endpointState = (await Admin.DataAsync("{ webhookEndpoints { nodes { id enabled disabledReason failingSince version } } }"))
            ["webhookEndpoints"]!["nodes"]![0]!;
        Assert.False(endpointState["enabled"]!.GetValue<bool>());
        Assert.StartsWith("Every delivery failed since", endpointState["disabledReason"]!.GetValue<string>());
        Assert.Equal("CONFLICT", (await Admin.PostAsync("mutation($id: ID!) { replayWebhookDelivery(input: { id: $id }) { delivery { status } } }",
            new { id = exhausted["id"]!.GetValue<string>() })).FirstErrorCode);

        _receiver.Answer = _ => new WebhookAnswer(204);
        await Admin.DataAsync("mutation($id: ID!, $v: Long) { updateWebhookEndpoint(input: { id: $id, version: $v, enabled: true }) { endpoint { enabled } } }",
            new { id = endpoint, v = endpointState["version"]!.GetValue<long>() });
        var replayed = (await Admin.DataAsync("mutation($id: ID!) { replayWebhookDelivery(input: { id: $id }) { delivery { status attemptCount } } }",
            new { id = exhausted["id"]!.GetValue<string>() }))["replayWebhookDelivery"]!["delivery"]!;
        Assert.Equal(("PENDING", 0), (replayed["status"]!.GetValue<string>(), replayed["attemptCount"]!.GetValue<int>()));
        await DeliverAsync();
        Assert.Equal("SUCCEEDED", (await DeliveryAsync(endpoint, exhausted["id"]!.GetValue<string>()))["status"]!.GetValue<string>());
        Assert.Equal(1, _receiver.Received.Select(w => w.Id).Distinct().Count(id => id == exhausted["webhookId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_rotated_secret_signs_beside_the_old_one_for_a_day_and_a_test_event_shows_it()
    {
        var (endpoint, old) = await EndpointAsync(Admin, "rotating", "order.paid");
        var rotated = (await Admin.DataAsync("mutation($id: ID!) { rotateWebhookSecret(input: { id: $id }) { secret endpoint { previousSecretExpiresAt } } }",
            new { id = endpoint }))["rotateWebhookSecret"]!;
        var secret = rotated["secret"]!.GetValue<string>();
        Assert.NotEqual(old, secret);
        Assert.Equal(App.Clock.GetUtcNow().AddHours(24), DateTimeOffset.Parse(rotated["endpoint"]!["previousSecretExpiresAt"]!.GetValue<string>()));

        const string Test = "mutation($id: ID!) { sendTestWebhook(input: { id: $id }) { delivery { eventType status } } }";
        Assert.Equal("webhook.test", (await Admin.DataAsync(Test, new { id = endpoint }))["sendTestWebhook"]!["delivery"]!["eventType"]!.GetValue<string>());
        await DeliverAsync();
        var during = Assert.Single(_receiver.Received);
        Assert.Equal(2, during.Signature!.Split(' ').Length);
        Assert.True(WebhookReceiver.IsSignedWith(during, old));
        Assert.True(WebhookReceiver.IsSignedWith(during, secret));
        Assert.Equal("webhook.test", JsonNode.Parse(during.Body)!["type"]!.GetValue<string>());

        App.Clock.Advance(TimeSpan.FromHours(24));
        await Admin.DataAsync(Test, new { id = endpoint });
        await DeliverAsync();
        var after = _receiver.Received.Last();
        Assert.False(WebhookReceiver.IsSignedWith(after, old));
        Assert.True(WebhookReceiver.IsSignedWith(after, secret));

        // The secrets are stored encrypted, and the audit log names the changes without copying them.
        var stored = await ScalarAsync<string>(Provider == TestProvider.Sqlite
            ? "SELECT \"Secret\" FROM integrations_WebhookEndpoints"
            : "SELECT \"Secret\" FROM integrations.\"WebhookEndpoints\"");
        Assert.StartsWith("enc1:", stored);
        Assert.DoesNotContain(secret["whsec_".Length..], stored);

        const string Audit = "{ auditLog(where: { entityType: { eq: \"WebhookEndpoint\" } }, first: 10) { nodes { operation action changes } } }";
        var audit = (await Admin.DataAsync(Audit))
            ["auditLog"]!["nodes"]!.AsArray();
        Assert.Equal(["createWebhookEndpoint", "rotateWebhookSecret"], audit.Select(a => a!["operation"]!.GetValue<string>()).Order());
        Assert.All(audit, a => Assert.DoesNotContain("whsec_", a!["changes"]!.GetValue<string>()));
        Assert.Equal(0, (await Admin.DataAsync("{ auditLog(where: { module: { eq: \"integrations\" }, entityType: { neq: \"WebhookEndpoint\" } }) " +
            "{ totalCount } }"))["auditLog"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_deleted_endpoint_gets_nothing_more_and_its_pending_deliveries_fail()
    {
        var (endpoint, _) = await EndpointAsync(Admin, "deleted", "customer.created");
        await CustomerAsync("Orphan Co");
        await App.DispatchEventsAsync();

        const string Delete = "mutation($id: ID!) { deleteWebhookEndpoint(input: { id: $id }) { deletedId } }";
        Assert.Equal(endpoint, (await Admin.DataAsync(Delete, new { id = endpoint }))["deleteWebhookEndpoint"]!["deletedId"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", (await Admin.PostAsync(Delete, new { id = endpoint })).FirstErrorCode);
        await DeliverAsync();

        Assert.Empty(_receiver.Received);
        var delivery = await DeliveryAsync(endpoint);
        Assert.Equal(("FAILED", "The endpoint was deleted."), (delivery["status"]!.GetValue<string>(), delivery["lastError"]!.GetValue<string>()));
        Assert.Equal(0, (await Admin.DataAsync("{ webhookEndpoints { totalCount } }"))["webhookEndpoints"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_receiver_whose_name_now_resolves_to_an_internal_address_is_refused_at_connect_time_unless_allowed()
    {
        await using var guarded = new SalesSuiteApp(Database, new Dictionary<string, string?> { ["Seed:Demo"] = "false" });
        var admin = guarded.As("demo");
        string[] internalUrls =
            ["http://127.0.0.1/hook", "http://10.0.0.5/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://localhost:8080/"];
        foreach (var url in internalUrls)
        {
            Assert.Equal("VALIDATION", (await admin.PostAsync(Create, new { url, types = new[] { "customer.created" } })).FirstErrorCode);
        }

        // Saved while its name resolved to a public address; the name now points at loopback (as a DNS change would make it).
        guarded.Clock.Advance(TimeSpan.FromSeconds(1));
        var (endpoint, _) = await EndpointAsync(admin, "public", "customer.created", url: "https://hooks.example.com/public");
        await ExecuteSqlAsync(Provider == TestProvider.Sqlite
            ? $"UPDATE integrations_WebhookEndpoints SET \"Url\" = 'http://localhost:{_receiver.Url.Port}/public'"
            : $"UPDATE integrations.\"WebhookEndpoints\" SET \"Url\" = 'http://localhost:{_receiver.Url.Port}/public'");
        await admin.DataAsync("mutation { createCustomer(input: { name: \"Probe Co\" }) { customer { id } } }");
        await guarded.DispatchEventsAsync();
        await guarded.Services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);

        Assert.Empty(_receiver.Received);
        var attempt = (await admin.DataAsync(Deliveries, new { endpoint }))["webhookDeliveries"]!["nodes"]![0]!["attempts"]![0]!;
        Assert.Null(attempt["statusCode"]);
        Assert.Contains("localhost resolves to", attempt["error"]!.GetValue<string>());
        Assert.Contains("an internal address", attempt["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Contacts_orders_and_reminders_have_their_events()
    {
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        await Admin.DataAsync(Create, new
        {
            url = _receiver.Url + "more",
            types = new[] { "contact.created", "contact.updated", "contact.deleted", "order.created", "reminder.due" },
        });
        var customer = (await Alice.DataAsync("mutation { createCustomer(input: { name: \"Contacted Co\" }) { customer { id } } }"))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var contact = (await Alice.DataAsync(
            "mutation($c: ID!) { addContact(input: { customerId: $c, name: \"Dana\", email: \"dana@contacted.example\" }) { contact { id } } }",
            new { c = customer }))["addContact"]!["contact"]!["id"]!.GetValue<string>();
        await Alice.DataAsync("mutation($id: ID!) { updateContact(input: { id: $id, title: \"CFO\" }) { contact { id } } }", new { id = contact });
        await Alice.DataAsync("mutation($id: ID!) { removeContact(input: { id: $id }) { customer { id } } }", new { id = contact });
        var order = (await Alice.DataAsync(
            "mutation($c: ID!) { createOrder(input: { customerId: $c, lines: [{ description: \"Item\", quantity: 1, unitPrice: 10 }] }) { order { id } } }",
            new { c = customer }))["createOrder"]!["order"]!["id"]!.GetValue<string>();
        var now = App.Clock.GetUtcNow();
        await Alice.DataAsync(
            "mutation($c: ID!, $at: DateTimeOffset!, $due: DateTimeOffset!) { logInteraction(input: { customerId: $c, kind: CALL, subject: \"Call back\", " +
            "occurredAt: $at, nextFollowUpAt: $due }) { interaction { id } } }", new { c = customer, at = now.AddDays(-2), due = now.AddHours(-1) });
        await App.RunJobsAsync();
        await DeliverAsync();

        var bodies = _receiver.Received.Select(w => JsonNode.Parse(w.Body)!).OrderBy(b => b["sequence"]!.GetValue<long>()).ToList();
        // The first run of the reminder job also raises the demo data's reminders (stalled deals, unpaid orders ...).
        var byType = bodies.Where(b => b["type"]!.GetValue<string>() != "reminder.due").ToDictionary(b => b["type"]!.GetValue<string>(), b => b["data"]!);
        byType["reminder.due"] = bodies.Single(b => b["data"]!["title"]?.GetValue<string>().Contains("Contacted Co") == true)["data"]!;
        Assert.Equal(["contact.created", "contact.deleted", "contact.updated", "order.created", "reminder.due"], byType.Keys.Order());
        Assert.Equal((contact, customer, "Dana"), (byType["contact.created"]["id"]!.GetValue<string>(),
            byType["contact.created"]["customerId"]!.GetValue<string>(), byType["contact.created"]["name"]!.GetValue<string>()));
        Assert.Null(byType["contact.created"]["email"]);                                 // a role may be denied it: never sent
        Assert.Equal("CFO", byType["contact.updated"]["title"]!.GetValue<string>());
        Assert.Equal((order, customer), (byType["order.created"]["id"]!.GetValue<string>(), byType["order.created"]["customerId"]!.GetValue<string>()));
        Assert.Equal(("alice", "FOLLOW_UP", "Follow up with Contacted Co: Call back"), (byType["reminder.due"]["userId"]!.GetValue<string>(),
            byType["reminder.due"]["kind"]!.GetValue<string>(), byType["reminder.due"]["title"]!.GetValue<string>()));
    }

    private async Task<(string Id, string Secret)> EndpointAsync(GraphQLClient client, string path, string type, string? type2 = null, string? url = null)
    {
        // An endpoint gets the events committed after it was made: a second later than the demo data's.
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        var types = type2 is null ? new[] { type } : [type, type2];
        var created = (await client.DataAsync(Create, new { url = url ?? _receiver.Url + path, types }))["createWebhookEndpoint"]!;
        return (created["endpoint"]!["id"]!.GetValue<string>(), created["secret"]!.GetValue<string>());
    }

    private Task<(string Id, string Secret)> EndpointAsync(GraphQLClient client, string path, params string[] types) =>
        EndpointAsync(client, path, types[0], types.Length > 1 ? types[1] : null);

    private Task CustomerAsync(string name) =>
        Alice.DataAsync("mutation($n: String!) { createCustomer(input: { name: $n }) { customer { id } } }", new { n = name });

    private async Task<JsonNode> DeliveryAsync(string endpoint, string? id = null) =>
        (await Admin.DataAsync(Deliveries, new { endpoint }))["webhookDeliveries"]!["nodes"]!.AsArray()
            .First(n => id is null || n!["id"]!.GetValue<string>() == id)!;

    /// <summary>What the timers do in a running host: the outbox feeds the queue, the sender sends what is due.</summary>
    private async Task DeliverAsync()
    {
        await App.DispatchEventsAsync();
        await App.Services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);
    }
}

public sealed class WebhooksOnSqlite() : WebhookTests(TestProvider.Sqlite);

public sealed class WebhooksOnPostgres() : WebhookTests(TestProvider.Postgres);
