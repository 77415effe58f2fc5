using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>Idempotency-Key on mutations: a retry gets the first response instead of applying twice.</summary>
public sealed class HardeningIdempotencyTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private const string Create = "mutation($name: String!) { createCustomer(input: { name: $name }) { customer { id name } } }";

    private SalesSuiteApp App => fixture.App;

    [Fact]
    public async Task A_retried_mutation_returns_the_first_response_and_applies_once()
    {
        var admin = App.As();
        var key = Guid.NewGuid().ToString();

        var first = await HardeningHttp.PostAsync(admin, Create, new { name = "Idempotent Ltd" }, key);
        var retry = await HardeningHttp.PostAsync(admin, Create, new { name = "Idempotent Ltd" }, key);

        Assert.True(first.Result.Errors.Count == 0, first.ToString());
        Assert.Null(first.Header("Idempotency-Replayed"));
        Assert.Equal(HttpStatusCode.OK, retry.Status);
        Assert.Equal("true", retry.Header("Idempotency-Replayed"));
        Assert.Equal(first.Result.Body, retry.Result.Body);
        Assert.Equal(first.Result.ContentType, retry.Result.ContentType);
        Assert.Equal(1, await HardeningHttp.CountCustomersAsync(App, "Idempotent Ltd"));

        var quoted = await HardeningHttp.PostAsync(admin, Create, new { name = "Idempotent Ltd" }, "\"" + key + "\"");
        Assert.Equal("true", quoted.Header("Idempotency-Replayed"));
    }

    [Fact]
    public async Task The_same_key_with_another_payload_is_422()
    {
        var admin = App.As();
        var key = Guid.NewGuid().ToString();
        await HardeningHttp.PostAsync(admin, Create, new { name = "Payload One" }, key);

        var other = await HardeningHttp.PostAsync(admin, Create, new { name = "Payload Two" }, key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.Status);
        Assert.Equal(["IDEMPOTENCY_KEY_REUSED"], other.Result.ErrorCodes);
        Assert.Equal(0, await HardeningHttp.CountCustomersAsync(App, "Payload Two"));
    }

    [Fact]
    public async Task Keys_belong_to_one_user()
    {
        const string key = "shared-key-for-two-users";

        var mine = await HardeningHttp.PostAsync(App.As("demo", "admin", "admin"), Create, new { name = "Per User Key" }, key);
        var theirs = await HardeningHttp.PostAsync(App.As("demo", "other-admin", "admin"), Create, new { name = "Per User Key" }, key);

        Assert.Equal(HttpStatusCode.OK, mine.Status);
        Assert.Equal(HttpStatusCode.OK, theirs.Status);
        Assert.Null(theirs.Header("Idempotency-Replayed"));
        Assert.Equal(2, await HardeningHttp.CountCustomersAsync(App, "Per User Key"));
    }

    [Fact]
    public async Task A_request_refused_before_execution_frees_its_key()
    {
        var admin = App.As();
        var key = Guid.NewGuid().ToString();

        var invalid = await HardeningHttp.PostAsync(admin, "mutation { createCustomer(input: { name: \"Fixed Later\" }) { customer { nme } } }", null, key);
        var fixedUp = await HardeningHttp.PostAsync(admin, "mutation { createCustomer(input: { name: \"Fixed Later\" }) { customer { name } } }", null, key);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Equal(HttpStatusCode.OK, fixedUp.Status);
        Assert.Equal(1, await HardeningHttp.CountCustomersAsync(App, "Fixed Later"));
    }

    [Fact]
    public async Task Keys_are_kept_24_hours_and_queries_ignore_them()
    {
        var admin = App.As();
        var key = Guid.NewGuid().ToString();
        await HardeningHttp.PostAsync(admin, Create, new { name = "Kept A Day" }, key);

        App.Clock.Advance(TimeSpan.FromHours(23.9));
        var late = await HardeningHttp.PostAsync(admin, Create, new { name = "Kept A Day" }, key);
        var query = await HardeningHttp.PostAsync(admin, "{ customers(first: 1) { totalCount } }", null, key);
        App.Clock.Advance(TimeSpan.FromHours(24.2));
        var afterExpiry = await HardeningHttp.PostAsync(admin, Create, new { name = "Kept A Day" }, key);

        Assert.Equal("true", late.Header("Idempotency-Replayed"));
        Assert.Equal(HttpStatusCode.OK, query.Status);
        Assert.Null(query.Header("Idempotency-Replayed"));
        Assert.Null(afterExpiry.Header("Idempotency-Replayed"));
        Assert.Equal(2, await HardeningHttp.CountCustomersAsync(App, "Kept A Day"));
    }

    [Fact]
    public async Task A_malformed_key_is_400()
    {
        var sent = await HardeningHttp.PostAsync(App.As(), Create, new { name = "Bad Key" }, new string('k', 300));

        Assert.Equal(HttpStatusCode.BadRequest, sent.Status);
        Assert.Equal(["BAD_REQUEST"], sent.Result.ErrorCodes);
        Assert.Equal(0, await HardeningHttp.CountCustomersAsync(App, "Bad Key"));
    }
}

/// <summary>A retry that arrives while the first request still runs is told so (409), and the first completes once.</summary>
public sealed class HardeningIdempotencyInProgressTests : IAsyncLifetime
{
    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(TestProvider.Sqlite);

    public async Task DisposeAsync() => await _database!.DisposeAsync();

    [Fact]
    public async Task A_retry_while_the_first_request_runs_is_409()
    {
        var gate = new HeldCustomerInserts();
        await using var app = new SalesSuiteApp(_database!, services: services => services.AddSingleton<IInterceptor>(gate));
        var admin = app.As();
        const string create = "mutation { createCustomer(input: { name: \"Slow Insert\" }) { customer { id } } }";
        const string key = "in-progress-key";

        gate.Armed = true;
        var first = HardeningHttp.PostAsync(admin, create, null, key);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var retry = await HardeningHttp.PostAsync(admin, create, null, key);
        gate.Release.TrySetResult();
        var done = await first;
        var later = await HardeningHttp.PostAsync(admin, create, null, key);

        Assert.Equal(HttpStatusCode.Conflict, retry.Status);
        Assert.Equal(["IDEMPOTENCY_IN_PROGRESS"], retry.Result.ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Equal("true", later.Header("Idempotency-Replayed"));
        Assert.Equal(done.Result.Body, later.Result.Body);
        Assert.Equal(1, await HardeningHttp.CountCustomersAsync(app, "Slow Insert"));
    }

    [Fact]
    public async Task A_client_that_gives_up_does_not_lose_the_result_of_its_mutation()
    {
        var gate = new HeldCustomerInserts();
        await using var app = new SalesSuiteApp(_database!, services: services => services.AddSingleton<IInterceptor>(gate));
        var admin = app.As();
        const string create = "mutation { createCustomer(input: { name: \"Impatient Client\" }) { customer { id } } }";
        const string key = "gave-up-key";

        gate.Armed = true;
        using var giveUp = new CancellationTokenSource();
        var first = HardeningHttp.PostAsync(admin, create, null, key, giveUp.Token);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await giveUp.CancelAsync();
        gate.Release.TrySetResult();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);

        Sent retry;
        var attempts = 0;
        do
        {
            retry = await HardeningHttp.PostAsync(admin, create, null, key);
            if (retry.Status == HttpStatusCode.Conflict)
            {
                await Task.Delay(50);
            }
        }
        while (retry.Status == HttpStatusCode.Conflict && ++attempts < 200);

        Assert.Equal(HttpStatusCode.OK, retry.Status);
        Assert.Equal("true", retry.Header("Idempotency-Replayed"));
        Assert.Equal(1, await HardeningHttp.CountCustomersAsync(app, "Impatient Client"));
    }

    /// <summary>Holds the first INSERT into customers until the test lets it go.</summary>
    private sealed class HeldCustomerInserts : DbCommandInterceptor
    {
        public volatile bool Armed;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await HoldAsync(command);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await HoldAsync(command);
            return result;
        }

        private async Task HoldAsync(DbCommand command)
        {
            if (Armed && command.CommandText.Contains("INSERT INTO", StringComparison.OrdinalIgnoreCase)
                && command.CommandText.Contains("Customers", StringComparison.OrdinalIgnoreCase))
            {
                Armed = false;
                Entered.TrySetResult();
                await Release.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
    }
}
