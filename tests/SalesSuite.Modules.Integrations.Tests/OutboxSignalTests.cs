using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Integrations.Tests;

/// <summary>
/// A save that publishes events wakes the outbox dispatcher for its tenant and module (what makes a webhook leave within
/// milliseconds of its commit). The signal is process-wide, so both providers run in this one class, one after the other,
/// and no other test drains it.
/// </summary>
public sealed class OutboxSignalTests
{
    [Theory]
    [InlineData(TestProvider.Sqlite)]
    [InlineData(TestProvider.Postgres)]
    public async Task A_save_that_publishes_events_signals_its_tenant_and_module_context(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new SalesSuiteApp(database);
        var alice = app.As("acme", "alice", "rep");
        await alice.DataAsync("{ customers(first: 1) { totalCount } }");
        OutboxSignal.Drain();
        var wake = OutboxSignal.Next;

        await alice.DataAsync("mutation { createCustomer(input: { name: \"Signal Co\" }) { customer { id } } }");

        Assert.True(wake.IsCompleted);
        var signalled = OutboxSignal.Drain();
        Assert.Contains(signalled, s => s.Tenant == "acme" && s.Context.Name == "CustomersDbContext");
    }
}
