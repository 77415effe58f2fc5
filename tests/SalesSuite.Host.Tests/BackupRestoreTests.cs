using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Tenancy;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>A tenant's backup restored into a fresh database gives back every row, field for field.</summary>
public abstract class BackupRestoreTests(TestProvider provider) : IAsyncLifetime
{
    private TestDatabase? _source;
    private TestDatabase? _target;

    public async Task InitializeAsync()
    {
        _source = await TestDatabase.CreateAsync(provider);
        _target = await TestDatabase.CreateAsync(provider);
    }

    public async Task DisposeAsync()
    {
        await _source!.DisposeAsync();
        await _target!.DisposeAsync();
    }

    [Fact]
    public async Task Backup_then_restore_of_demo_into_a_fresh_database_gives_identical_data()
    {
        byte[] backup;
        JsonObject before;
        await using (var source = new SalesSuiteApp(_source!))
        {
            var admin = source.As("demo");
            var created = await admin.DataAsync("""
                mutation { createCustomer(input: { name: "Backed Up", tags: ["a", "b"], address: { line1: "1 Safe Street" },
                  contacts: [{ name: "Bea", email: "bea@backup.example", phone: "+44 20 7946 0018" }] }) { customer { id } } }
                """);
            var id = created["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
            await admin.DataAsync("mutation($id: ID!) { logInteraction(input: { customerId: $id, kind: VISIT, subject: \"Site visit\", nextFollowUpAt: \"2030-01-01T00:00:00Z\" }) { interaction { id } } }", new { id });
            await admin.DataAsync("mutation { defineRole(input: { name: \"auditor\", permissions: [\"audit.read\"], scope: TENANT }) { role { name } } }");
            backup = await Backup(source).ExportAsync(await Demo(source), CancellationToken.None);
            before = await ExportAllAsync(source);
        }

        Assert.DoesNotContain("bea@backup.example", System.Text.Encoding.UTF8.GetString(backup));
        await using var target = new SalesSuiteApp(_target!, new Dictionary<string, string?> { ["Seed:Demo"] = "false" });
        var restored = await Backup(target).RestoreAsync(await Demo(target), backup, CancellationToken.None);
        var after = await ExportAllAsync(target);

        Assert.True(restored > 100, $"only {restored} rows restored");
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
        var check = await target.As("demo").DataAsync("""
            { customers(search: "bea@backup.example") { nodes { name tags address { line1 } contacts { phone } } } auditChainVerification { valid checkedEntries } }
            """);
        Assert.Equal("Backed Up", check["customers"]!["nodes"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("+44 20 7946 0018", check["customers"]!["nodes"]![0]!["contacts"]![0]!["phone"]!.GetValue<string>());
        Assert.True(check["auditChainVerification"]!["valid"]!.GetValue<bool>());
        Assert.True(check["auditChainVerification"]!["checkedEntries"]!.GetValue<long>() >= 4);

        await Assert.ThrowsAsync<SharedKernel.Errors.AppException>(() => Backup(target).RestoreAsync(target.Services.GetRequiredService<ITenantStore>().FindAsync("demo").AsTask().Result!, backup, CancellationToken.None));
    }

    private static TenantBackup Backup(SalesSuiteApp app) => app.Services.GetRequiredService<TenantBackup>();

    private static async Task<TenantInfo> Demo(SalesSuiteApp app) => (await app.Services.GetRequiredService<ITenantStore>().FindAsync("demo"))!;

    private static async Task<JsonObject> ExportAllAsync(SalesSuiteApp app)
    {
        var all = new JsonObject();
        foreach (var database in app.Services.GetServices<IModuleDatabase>().OrderBy(d => d.ModuleName, StringComparer.Ordinal))
        {
            all[database.ModuleName] = await database.ExportAsync(await Demo(app), CancellationToken.None);
        }

        return all;
    }
}

public sealed class BackupRestoreOnSqlite() : BackupRestoreTests(TestProvider.Sqlite);

public sealed class BackupRestoreOnPostgres() : BackupRestoreTests(TestProvider.Postgres);
