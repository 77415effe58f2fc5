using System.Text.Json.Nodes;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Reporting.Tests.Intent;

/// <summary>
/// Purchase-intent scoring wired end to end on the demo history, whose outcomes follow a known rule
/// (<see cref="SalesSuite.Demo.DemoHistory.WinLogit"/>: more interactions, referral or partner source, faster
/// stages raise the odds; a cold call lowers them): trained by the daily job, AUC on held-out deals, factor signs, scores on
/// opportunities and customers within the caller's scope.
/// </summary>
public abstract class IntentScoringTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string ModelQuery = "{ intentModel { status trainedAt examples won lost auc message factors { name weight } } }";

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Seed:DemoHistory"] = "true" };

    [Fact]
    public async Task The_job_trains_a_model_that_finds_the_generating_rule_and_retrains_a_day_later()
    {
        var admin = App.As("demo");
        Assert.Equal("NOT_TRAINED", (await admin.DataAsync(ModelQuery))["intentModel"]!["status"]!.GetValue<string>());

        Assert.Equal(0, await App.RunJobsAsync());
        var model = (await admin.DataAsync(ModelQuery))["intentModel"]!;
        Assert.Equal("TRAINED", model["status"]!.GetValue<string>());
        var trainedAt = model["trainedAt"]!.GetValue<DateTimeOffset>();
        Assert.Equal(App.Clock.GetUtcNow(), trainedAt);
        Assert.Equal(model["examples"]!.GetValue<int>(), model["won"]!.GetValue<int>() + model["lost"]!.GetValue<int>());
        Assert.True(model["examples"]!.GetValue<int>() > 200);
        Assert.InRange(model["auc"]!.GetValue<double>(), 0.65, 1.0);
        var weights = model["factors"]!.AsArray().ToDictionary(f => f!["name"]!.GetValue<string>(), f => f!["weight"]!.GetValue<double>());
        Assert.True(weights["interactions"] > 0, model.ToJsonString());
        Assert.True(weights["daysPerStage"] < 0, model.ToJsonString());
        Assert.True(weights["source:Referral"] > 0, model.ToJsonString());
        Assert.True(weights["source:Cold call"] < 0, model.ToJsonString());
        Assert.True(weights["priorOrders"] > 0, model.ToJsonString());

        // Not stale an hour later; retrained once a day has passed.
        App.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await App.RunJobsAsync());
        Assert.Equal(trainedAt, (await admin.DataAsync(ModelQuery))["intentModel"]!["trainedAt"]!.GetValue<DateTimeOffset>());
        App.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await App.RunJobsAsync());
        Assert.Equal(App.Clock.GetUtcNow(), (await admin.DataAsync(ModelQuery))["intentModel"]!["trainedAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Open_opportunities_and_customers_get_scores_with_factors_within_the_callers_scope()
    {
        var admin = App.As("demo");
        var trained = (await admin.DataAsync("mutation { trainIntentModel(input: {}) { intentModel { status } } }"))["trainIntentModel"]!["intentModel"]!;
        Assert.Equal("TRAINED", trained["status"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN",
            (await App.As("demo", "alice", "rep").PostAsync("mutation { trainIntentModel(input: {}) { intentModel { status } } }")).FirstErrorCode);

        // Alice's page of opportunities: open ones scored (0..1, factors with a direction), closed ones not; all hers.
        var alice = App.As("demo", "alice", "rep");
        var page = (await alice
            .DataAsync("{ opportunities(first: 100) { nodes { id ownerId status intentScore { score factors { name contribution direction } } } } }"))
                ["opportunities"]!["nodes"]!.AsArray();
        Assert.All(page, o => Assert.Equal("alice", o!["ownerId"]!.GetValue<string>()));
        var open = page.Where(o => o!["status"]!.GetValue<string>() == "OPEN").ToList();
        Assert.NotEmpty(open);
        Assert.All(open, o =>
        {
            var score = o!["intentScore"]!;
            Assert.InRange(score["score"]!.GetValue<double>(), 0.0, 1.0);
            Assert.Contains(score["factors"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "interactions");
            Assert.All(score["factors"]!.AsArray(),
                f => Assert.Equal(f!["contribution"]!.GetValue<double>() >= 0 ? "RAISES" : "LOWERS", f["direction"]!.GetValue<string>()));
        });
        Assert.All(page.Where(o => o!["status"]!.GetValue<string>() != "OPEN"), o => Assert.Null(o!["intentScore"]));
        Assert.True(page.Count > 20);
        App.Sql.Clear();
        await alice.DataAsync("{ opportunities(first: 100) { nodes { intentScore { score } } } }");
        Assert.InRange(App.Sql.Commands.Count, 1, 12); // batched: a handful of queries for the page, not one per row

        // A customer of Alice's with an open deal of hers; the admin gives Dave an opportunity on it: Alice's customer score
        // is still the best of the ones she can see, the admin's is the best of all.
        var customerId = (await alice.DataAsync("query($id: ID!) { opportunity(id: $id) { customerId } }", new { id = open[0]!["id"]!.GetValue<string>() }))
            ["opportunity"]!["customerId"]!.GetValue<string>();
        var daves = (await admin.DataAsync(
            "mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: \"Dave's deal\", amount: 90000, source: \"Referral\", ownerId: \"dave\" " +
            "}) { opportunity { id } } }",
            new { c = customerId }))["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();
        const string CustomerQuery = "query($id: ID!) { customer(id: $id) { intentScore { score } opportunities(first: 100) { nodes { id status intentScore " +
            "{ score } } } } }";
        var seenByAlice = (await alice.DataAsync(CustomerQuery, new { id = customerId }))["customer"]!;
        var seenByAdmin = (await admin.DataAsync(CustomerQuery, new { id = customerId }))["customer"]!;
        Assert.DoesNotContain(seenByAlice["opportunities"]!["nodes"]!.AsArray(), o => o!["id"]!.GetValue<string>() == daves);
        Assert.Contains(seenByAdmin["opportunities"]!["nodes"]!.AsArray(), o => o!["id"]!.GetValue<string>() == daves);
        Assert.Equal(BestOpen(seenByAlice), seenByAlice["intentScore"]!["score"]!.GetValue<double>(), 9);
        Assert.Equal(BestOpen(seenByAdmin), seenByAdmin["intentScore"]!["score"]!.GetValue<double>(), 9);
        Assert.Null((await App.As("demo", "dave", "rep").DataAsync(CustomerQuery, new { id = customerId }))["customer"]);
    }

    private static double BestOpen(JsonNode customer) =>
        customer["opportunities"]!["nodes"]!.AsArray().Where(o => o!["status"]!.GetValue<string>() == "OPEN")
            .Max(o => o!["intentScore"]!["score"]!.GetValue<double>());
}

/// <summary>The demo tenant without its history has only a handful of closed deals: no model, and it says so.</summary>
public abstract class IntentScoringWithoutHistoryTests(TestProvider provider) : FreshAppTests(provider)
{
    [Fact]
    public async Task Too_few_closed_deals_give_insufficient_data_with_the_counts_and_no_scores()
    {
        var admin = App.As("demo");
        var model = (await admin
            .DataAsync("mutation { trainIntentModel(input: {}) { intentModel { status auc examples won lost message factors { name } } } }"))
                ["trainIntentModel"]!["intentModel"]!;
        Assert.Equal("INSUFFICIENT_DATA", model["status"]!.GetValue<string>());
        Assert.Null(model["auc"]);
        Assert.Empty(model["factors"]!.AsArray());
        var (examples, won, lost) = (model["examples"]!.GetValue<int>(), model["won"]!.GetValue<int>(), model["lost"]!.GetValue<int>());
        Assert.True(examples < 20);
        Assert.Contains($"{examples} closed deals ({won} won, {lost} lost)", model["message"]!.GetValue<string>());
        var nodes = (await admin
            .DataAsync("{ opportunities(first: 50) { nodes { intentScore { score } } } customers(first: 50) { nodes { intentScore { score } } } }"))!;
        Assert.All(nodes["opportunities"]!["nodes"]!.AsArray(), o => Assert.Null(o!["intentScore"]));
        Assert.All(nodes["customers"]!["nodes"]!.AsArray(), c => Assert.Null(c!["intentScore"]));
    }
}

public sealed class IntentScoringOnSqlite() : IntentScoringTests(TestProvider.Sqlite);

public sealed class IntentScoringOnPostgres() : IntentScoringTests(TestProvider.Postgres);

public sealed class IntentScoringWithoutHistoryOnSqlite() : IntentScoringWithoutHistoryTests(TestProvider.Sqlite);

public sealed class IntentScoringWithoutHistoryOnPostgres() : IntentScoringWithoutHistoryTests(TestProvider.Postgres);
