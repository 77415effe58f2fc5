using System.Text.Json.Nodes;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Automation.Tests;

/// <summary>
/// Reminders: the job runs by hand after the fake clock moves (it starts at 2026-11-02 09:00 UTC). The demo data has
/// reminders of its own, so each test looks for the reminders of the records it made.
/// </summary>
public abstract class ReminderTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string Inbox = """
        query($status: ReminderStatus) {
            reminders(status: $status, first: 100) { totalCount nodes { id kind recordId recordType title dueAt status snoozedUntil doneAt } } }
        """;

    private GraphQLClient Admin => App.As("demo");

    private GraphQLClient Alice => App.As("demo", "alice", "rep");

    private GraphQLClient Bob => App.As("demo", "bob", "rep");

    private GraphQLClient Carol => App.As("demo", "carol", "manager");

    [Fact]
    public async Task A_follow_up_reminder_appears_once_when_due_only_in_its_owners_inbox_and_done_stays_done()
    {
        var start = App.Clock.GetUtcNow();
        var customer = await CustomerAsync("Pricing customer");
        var interaction = (await Alice.DataAsync("mutation($input: LogInteractionInput!) { logInteraction(input: $input) { interaction { id } } }",
            new { input = new { customerId = customer, kind = "CALL", subject = "Pricing call", nextFollowUpAt = start.AddDays(2) } }))
                ["logInteraction"]!["interaction"]!["id"]!.GetValue<string>();

        await App.RunJobsAsync();
        Assert.Null(await FindAsync(Alice, interaction));

        App.Clock.Advance(TimeSpan.FromDays(3));
        await App.RunJobsAsync();
        await App.RunJobsAsync();
        var all = (await Alice.DataAsync(Inbox))["reminders"]!["nodes"]!.AsArray();
        var reminder = Assert.Single(all, r => r!["recordId"]!.GetValue<string>() == interaction)!;
        Assert.Equal(("FOLLOW_UP", "Interaction", "OPEN"),
            (reminder["kind"]!.GetValue<string>(), reminder["recordType"]!.GetValue<string>(), reminder["status"]!.GetValue<string>()));
        Assert.Equal("Follow up with Pricing customer: Pricing call", reminder["title"]!.GetValue<string>());
        Assert.Equal(start.AddDays(2), DateTimeOffset.Parse(reminder["dueAt"]!.GetValue<string>()));

        Assert.Null(await FindAsync(Bob, interaction));
        Assert.Null(await FindAsync(Carol, interaction));                  // a manager's inbox is their own, not the team's
        Assert.Equal(0, (await App.As("acme", "alice", "rep").DataAsync(Inbox))["reminders"]!["totalCount"]!.GetValue<int>());
        var id = reminder["id"]!.GetValue<string>();
        Assert.Equal("NOT_FOUND",
            (await Bob.PostAsync("mutation($id: ID!) { completeReminder(input: { id: $id }) { reminder { id } } }", new { id })).FirstErrorCode);

        var done = (await Alice.DataAsync("mutation($id: ID!) { completeReminder(input: { id: $id }) { reminder { status doneAt } } }", new { id }))
            ["completeReminder"]!["reminder"]!;
        Assert.Equal("DONE", done["status"]!.GetValue<string>());
        App.Clock.Advance(TimeSpan.FromDays(1));
        await App.RunJobsAsync();
        Assert.Null(await FindAsync(Alice, interaction));
        Assert.NotNull(await FindAsync(Alice, interaction, "DONE"));        // the follow-up is still open, the reminder stays done

        // Doing the follow-up clears the condition: the reminder leaves every list.
        await Alice.DataAsync("mutation($id: ID!) { completeFollowUp(input: { id: $id }) { interaction { id } } }", new { id = interaction });
        await App.RunJobsAsync();
        Assert.Null(await FindAsync(Alice, interaction, "DONE"));
        Assert.NotNull(await FindAsync(Alice, interaction, "RESOLVED"));
    }

    [Fact]
    public async Task A_stalled_opportunity_is_reminded_after_its_stages_days_and_a_snooze_hides_it_until_its_time()
    {
        var start = App.Clock.GetUtcNow();
        var stages = (await Admin.DataAsync("{ pipelineStages { nodes { id name kind } } }"))["pipelineStages"]!["nodes"]!.AsArray().Where(
            s => s!["kind"]!.GetValue<string>() == "OPEN").ToList();
        var first = stages[0]!["id"]!.GetValue<string>();
        Assert.Equal(5,
            (await Admin.DataAsync("mutation($s: ID!) { setStallDays(input: { stageId: $s, days: 5 }) { setting { days } } }", new { s = first }))
                ["setStallDays"]!["setting"]!["days"]!.GetValue<int>());
        Assert.Equal("VALIDATION", (await Admin.PostAsync("mutation { setStallDays(input: { days: 0 }) { setting { days } } }")).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await Alice.PostAsync("mutation { setStallDays(input: { days: 3 }) { setting { days } } }")).FirstErrorCode);

        var customer = await CustomerAsync("Slow customer");
        var opportunity = (await Alice.DataAsync(
            "mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: \"Slow deal\", amount: 100, currency: \"USD\" }) { opportunity { id " +
            "version } } }",
            new { c = customer }))["createOpportunity"]!["opportunity"]!;
        var opportunityId = opportunity["id"]!.GetValue<string>();

        App.Clock.Advance(TimeSpan.FromDays(4));
        await App.RunJobsAsync();
        Assert.Null(await FindAsync(Alice, opportunityId));

        App.Clock.Advance(TimeSpan.FromDays(2));
        await App.RunJobsAsync();
        var stalled = (await FindAsync(Alice, opportunityId))!;
        Assert.Equal("STALLED", stalled["kind"]!.GetValue<string>());
        Assert.Equal(start.AddDays(5), DateTimeOffset.Parse(stalled["dueAt"]!.GetValue<string>()));
        Assert.Contains("Slow deal has been in", stalled["title"]!.GetValue<string>());

        var id = stalled["id"]!.GetValue<string>();
        const string Snooze = "mutation($id: ID!, $until: DateTimeOffset!) { snoozeReminder(input: { id: $id, until: $until }) { reminder { status " +
            "snoozedUntil } } }";
        Assert.Equal("VALIDATION", (await Alice.PostAsync(Snooze, new { id, until = App.Clock.GetUtcNow().AddHours(-1) })).FirstErrorCode);
        var snoozed = (await Alice.DataAsync(Snooze, new { id, until = App.Clock.GetUtcNow().AddDays(2) }))["snoozeReminder"]!["reminder"]!;
        Assert.Equal("SNOOZED", snoozed["status"]!.GetValue<string>());
        await App.RunJobsAsync();
        Assert.Null(await FindAsync(Alice, opportunityId));
        Assert.NotNull(await FindAsync(Alice, opportunityId, "SNOOZED"));

        App.Clock.Advance(TimeSpan.FromDays(1));
        await App.RunJobsAsync();
        Assert.Null(await FindAsync(Alice, opportunityId));

        App.Clock.Advance(TimeSpan.FromDays(1.5));
        Assert.Equal("OPEN", (await FindAsync(Alice, opportunityId))!["status"]!.GetValue<string>()); // open again once its time passed, before any job run
        await App.RunJobsAsync();
        var reopened = (await FindAsync(Alice, opportunityId))!;
        Assert.Null(reopened["snoozedUntil"]);
        Assert.Null(await FindAsync(Alice, opportunityId, "SNOOZED"));

        // Moving on to the next stage clears it.
        await Alice.DataAsync("mutation($id: ID!, $s: ID!) { moveOpportunityStage(input: { id: $id, stageId: $s }) { opportunity { id } } }",
            new { id = opportunityId, s = stages[1]!["id"]!.GetValue<string>() });
        await App.RunJobsAsync();
        Assert.Null(await FindAsync(Alice, opportunityId));
    }

    [Fact]
    public async Task A_target_is_at_risk_only_past_half_of_its_period_with_attainment_behind_time()
    {
        var target = (
            await Carol.DataAsync(
                "mutation { setSalesTarget(input: { userId: \"alice\", period: { year: 2026, month: 11 }, amount: 5000 }) { salesTarget { id } } }"))
            ["setSalesTarget"]!["salesTarget"]!["id"]!.GetValue<string>();

        App.Clock.Advance(TimeSpan.FromDays(10));                          // 12 November: not yet half of the month
        await App.RunJobsAsync();
        Assert.Null(await FindAsync(Alice, target));

        App.Clock.Advance(TimeSpan.FromDays(6));                           // 18 November, nothing paid
        await App.RunJobsAsync();
        var risk = (await FindAsync(Alice, target))!;
        Assert.Equal(("TARGET", "SalesTarget"), (risk["kind"]!.GetValue<string>(), risk["recordType"]!.GetValue<string>()));
        Assert.Equal("Target 2026-11 at risk: 0 of 5000 USD paid, past half of the period", risk["title"]!.GetValue<string>());
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse(risk["dueAt"]!.GetValue<string>()));
        Assert.Null(await FindAsync(Carol, target));

        // December: November's target is history and its reminder resolves.
        App.Clock.Advance(TimeSpan.FromDays(14));
        await App.RunJobsAsync();
        Assert.Null(await FindAsync(Alice, target));
    }

    [Fact]
    public async Task An_order_not_progressing_is_reminded_after_the_orders_reminder_days_and_resolved_when_paid()
    {
        await Admin.DataAsync("mutation { setOrderReminderDays(input: { unpaidDays: 10 }) { unpaidDays } }");
        var customer = await CustomerAsync("Slow payer");
        var order = (await Alice.DataAsync(
            "mutation($c: ID!) { createOrder(input: { customerId: $c, lines: [{ description: \"Item\", quantity: 1, unitPrice: 10 }] }) { order { id } } }",
            new { c = customer }))["createOrder"]!["order"]!["id"]!.GetValue<string>();
        var number = (await Alice.DataAsync("mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { number } } }", new { id = order }))
            ["confirmOrder"]!["order"]!["number"]!.GetValue<string>();

        App.Clock.Advance(TimeSpan.FromDays(9));
        await App.RunJobsAsync();
        Assert.Null(await FindAsync(Alice, order));

        App.Clock.Advance(TimeSpan.FromDays(2));
        await App.RunJobsAsync();
        var reminder = (await FindAsync(Alice, order))!;
        Assert.Equal(("ORDER", $"Order {number} is confirmed but unpaid after 10 days"),
            (reminder["kind"]!.GetValue<string>(), reminder["title"]!.GetValue<string>()));

        await Alice.DataAsync("mutation($id: ID!) { recordPayment(input: { orderId: $id, amount: 10 }) { order { status } } }", new { id = order });
        await App.RunJobsAsync();
        Assert.Null(await FindAsync(Alice, order));
    }

    private async Task<string> CustomerAsync(string name) =>
        (await Alice.DataAsync("mutation($n: String!) { createCustomer(input: { name: $n }) { customer { id } } }", new { n = name }))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

    private static async Task<JsonNode?> FindAsync(GraphQLClient client, string recordId, string status = "OPEN") =>
        (await client.DataAsync(Inbox, new { status }))["reminders"]!["nodes"]!.AsArray().SingleOrDefault(r => r!["recordId"]!.GetValue<string>() == recordId);
}

public sealed class RemindersOnSqlite() : ReminderTests(TestProvider.Sqlite);

public sealed class RemindersOnPostgres() : ReminderTests(TestProvider.Postgres);
