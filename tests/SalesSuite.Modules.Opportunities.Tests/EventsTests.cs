using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Opportunities.Tests;

/// <summary>Integration events through the outbox and the inbox: the customer's lifecycle follows its opportunities, exactly once.</summary>
public abstract class EventsTests(TestProvider provider) : FreshAppTests(provider)
{
    [Fact]
    public async Task The_customer_lifecycle_follows_its_opportunities()
    {
        var admin = App.As("demo");
        var customer = (await admin.DataAsync("mutation { createCustomer(input: { name: \"Lifecycle Ltd\" }) { customer { id lifecycleStage } } }"))
            ["createCustomer"]!["customer"]!;
        var id = customer["id"]!.GetValue<string>();
        Assert.Equal("LEAD", customer["lifecycleStage"]!.GetValue<string>());

        var first = await CreateOpportunityAsync(admin, id);
        Assert.Equal("LEAD", await StageAsync(admin, id));
        await App.DispatchEventsAsync();
        Assert.Equal("PROSPECT", await StageAsync(admin, id));

        await WinAsync(admin, first);
        await App.DispatchEventsAsync();
        Assert.Equal("CUSTOMER", await StageAsync(admin, id));

        await WinAsync(admin, await CreateOpportunityAsync(admin, id));
        await App.DispatchEventsAsync();
        Assert.Equal("CUSTOMER", await StageAsync(admin, id));
        var history = await admin.DataAsync("query($id: ID!) { entityHistory(id: $id) { nodes { operation actorId } } }", new { id });
        Assert.Contains(history["entityHistory"]!["nodes"]!.AsArray(),
            n => n!["operation"]!.GetValue<string>() == "event:OpportunityWon" && n["actorId"]!.GetValue<string>() == "system");
    }

    [Fact]
    public async Task A_crash_between_handling_and_marking_redelivers_without_applying_twice()
    {
        var admin = App.As("demo");

        // The demo seed's own events, delivered and then cleared away, so that only this test's events are counted and reset.
        while (await App.DispatchEventsAsync() > 0)
        {
        }

        await ExecuteSqlAsync(Provider == TestProvider.Sqlite ? "DELETE FROM opportunities_Outbox" : "DELETE FROM opportunities.\"Outbox\"");
        var id = (await admin.DataAsync("mutation { createCustomer(input: { name: \"Once Only\" }) { customer { id } } }"))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var opportunity = await CreateOpportunityAsync(admin, id);
        await WinAsync(admin, opportunity);
        // CustomerChanged; OpportunityCreated and its first stage entry; the won stage entry and OpportunityWon.
        Assert.Equal(5, await App.DispatchEventsAsync());
        Assert.Equal("CUSTOMER", await StageAsync(admin, id));

        // The handlers committed, but the outbox's "processed" mark is lost: as if the process died in between.
        var reset = await ExecuteSqlAsync(Provider == TestProvider.Sqlite
            ? "UPDATE opportunities_Outbox SET ProcessedAt = NULL"
            : "UPDATE opportunities.\"Outbox\" SET \"ProcessedAt\" = NULL");
        Assert.Equal(4, reset);

        Assert.Equal(4, await App.DispatchEventsAsync());
        Assert.Equal("CUSTOMER", await StageAsync(admin, id));
        Assert.Equal(0, await App.DispatchEventsAsync());
        var audit = await admin.DataAsync("{ auditLog(where: { operation: { eq: \"event:OpportunityWon\" } }) { totalCount } }");
        Assert.Equal(1, audit["auditLog"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_won_event_carries_the_amount_in_the_base_currency_at_the_kept_rate()
    {
        var admin = App.As("demo");
        await admin.DataAsync("mutation { setExchangeRate(input: { currency: \"EUR\", date: \"2026-11-01\", rate: 1.25 }) { exchangeRate { rate } } }");
        var customer = (await admin.DataAsync("mutation { createCustomer(input: { name: \"Euro Winner\" }) { customer { id } } }"))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var opportunity = (await admin.DataAsync(
            "mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: \"Deal\", amount: 800, currency: \"EUR\" }) { opportunity { id } } }",
            new { c = customer }))
            ["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();
        await admin.DataAsync("mutation { setExchangeRate(input: { currency: \"EUR\", date: \"2026-11-02\", rate: 3 }) { exchangeRate { rate } } }");
        await WinAsync(admin, opportunity);

        await using DbConnection connection = Provider == TestProvider.Sqlite ? new SqliteConnection(Database.ConnectionString)
            : new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Provider == TestProvider.Sqlite
            ? "SELECT Payload FROM opportunities_Outbox WHERE EventType LIKE '%OpportunityWon'"
            : "SELECT \"Payload\" FROM opportunities.\"Outbox\" WHERE \"EventType\" LIKE '%OpportunityWon'";
        var payload = System.Text.Json.Nodes.JsonNode.Parse((string)(await command.ExecuteScalarAsync())!)!;
        Assert.Equal(800m, payload["Amount"]!.GetValue<decimal>());
        Assert.Equal("EUR", payload["Currency"]!.GetValue<string>());
        Assert.Equal(1000m, payload["AmountInBase"]!.GetValue<decimal>());
        Assert.Equal("USD", payload["BaseCurrency"]!.GetValue<string>());
    }

    private static async Task<string> CreateOpportunityAsync(GraphQLClient client, string customer) =>
        (await client.DataAsync("mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: \"Deal\", amount: 1000 }) { opportunity { id } } }",
            new { c = customer }))
            ["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();

    private static async Task WinAsync(GraphQLClient client, string opportunity)
    {
        var stages = await client.DataAsync("{ pipelineStages { nodes { id kind } } }");
        var won = stages["pipelineStages"]!["nodes"]!.AsArray().First(s => s!["kind"]!.GetValue<string>() == "WON")!["id"]!.GetValue<string>();
        await client.DataAsync("mutation($id: ID!, $s: ID!) { moveOpportunityStage(input: { id: $id, stageId: $s }) { opportunity { status } } }",
            new { id = opportunity, s = won });
    }

    private static async Task<string> StageAsync(GraphQLClient client, string customer) =>
        (await client.DataAsync("query($id: ID!) { customer(id: $id) { lifecycleStage } }", new { id = customer }))
            ["customer"]!["lifecycleStage"]!.GetValue<string>();

}

public sealed class EventsOnSqlite() : EventsTests(TestProvider.Sqlite);

public sealed class EventsOnPostgres() : EventsTests(TestProvider.Postgres);
