using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Permissions.Tests;

/// <summary>
/// The audit chain on <see cref="TimeProvider.System"/>: times with every digit a real installation has, written, read
/// back by a new context and verified. A fake clock with whole-second times once hid a chain that no real installation
/// could verify.
/// </summary>
public abstract class AuditRealClockTests(TestProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private SalesSuiteApp? _app;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _app = new SalesSuiteApp(_database) { RealClock = true };
        _ = _app.Server;
    }

    public async Task DisposeAsync()
    {
        await _app!.DisposeAsync();
        await _database!.DisposeAsync();
    }

    [Fact]
    public async Task Writes_of_every_kind_on_the_real_clock_leave_a_chain_that_verifies_after_a_round_trip()
    {
        var admin = _app!.As("demo");
        var operations = await ProductTour.RunAsync(admin);
        await _app.DispatchEventsAsync();
        Assert.Equal(0, await _app.RunJobsAsync());

        var verification = (await admin.DataAsync("{ auditChainVerification { valid checkedEntries firstBrokenSequence reason } }"))["auditChainVerification"]!;
        Assert.True(verification["valid"]!.GetValue<bool>(), verification.ToJsonString());
        Assert.True(verification["checkedEntries"]!.GetValue<long>() > operations, verification.ToJsonString());

        // Read back by a context that never saw the entries being written: every stored value hashes as it was hashed.
        await using var scope = _app.Services.GetRequiredService<IServiceScopeFactory>()
            .CreateTenantScope((await _app.Services.GetRequiredService<ITenantStore>().FindAsync("demo"))!);
        await using var db = scope.ServiceProvider.GetRequiredService<ModuleDbContextFactory<AuditDbContext>>().CreateForSystem();
        var entries = await db.Entries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.All(entries, e => Assert.Equal(e.Hash, e.ComputeHash()));
        Assert.All(entries, e => Assert.Equal(AuditRecord.CanonicalTime(e.At), e.At));
        Assert.Contains(entries, e => e.At.Millisecond != 0); // the real clock's digits, not a fake clock's whole seconds
        Assert.Contains(entries, e => e.Action == "READ");
        Assert.Contains(entries, e => e.Operation == "revertCustomerImport");
        Assert.Equal(
            ["Automation", "customers", "opportunities", "orders", "permissions", "reporting", "team"],
            entries.Select(e => e.Module).Where(m => m != "graphql").Distinct().Order(StringComparer.OrdinalIgnoreCase).ToArray(),
            StringComparer.OrdinalIgnoreCase);
    }
}

public sealed class AuditRealClockOnSqlite() : AuditRealClockTests(TestProvider.Sqlite);

public sealed class AuditRealClockOnPostgres() : AuditRealClockTests(TestProvider.Postgres);
