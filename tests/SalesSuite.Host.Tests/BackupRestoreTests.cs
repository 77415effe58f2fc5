using System.Data.Common;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>
/// A tenant's backup restored into a fresh database gives back every row, field for field; a restore that cannot succeed
/// is refused before it writes, and one that fails part-way leaves the target exactly as it was.
/// </summary>
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
            await admin.DataAsync(
                "mutation($id: ID!) { logInteraction(input: { customerId: $id, kind: VISIT, subject: \"Site visit\", nextFollowUpAt: " +
                "\"2030-01-01T00:00:00Z\" }) { interaction { id } } }",
                new { id });
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
            {
                customers(search: "bea@backup.example") { nodes { name tags address { line1 } contacts { phone } } }
                auditChainVerification { valid checkedEntries }
            }
            """);
        Assert.Equal("Backed Up", check["customers"]!["nodes"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("+44 20 7946 0018", check["customers"]!["nodes"]![0]!["contacts"]![0]!["phone"]!.GetValue<string>());
        Assert.True(check["auditChainVerification"]!["valid"]!.GetValue<bool>());
        Assert.True(check["auditChainVerification"]!["checkedEntries"]!.GetValue<long>() >= 4);

        var settled = (await ExportAllAsync(target)).ToJsonString();
        var again = await Assert.ThrowsAsync<CommandRefusal>(async () => await Backup(target).RestoreAsync(await Demo(target), backup, CancellationToken.None));
        Assert.StartsWith("tenant demo already has data in Audit (", again.Message, StringComparison.Ordinal);
        Assert.Equal(settled, (await ExportAllAsync(target)).ToJsonString());
    }

    [Fact]
    public async Task A_failure_while_any_module_writes_leaves_the_target_exactly_as_it_was()
    {
        var backup = await SeededBackupAsync();
        var failure = new FailWhenModuleWrites();
        await using var target = new SalesSuiteApp(_target!, new Dictionary<string, string?> { ["Seed:Demo"] = "false" },
            s => s.AddSingleton<IInterceptor>(failure));
        _ = target.Server;
        var contents = TenantBackup.Open(backup, "the backup");
        var modules = contents.Rows.Where(m => m.Total > 0).OrderBy(m => m.Module, StringComparer.Ordinal).ToList();
        Assert.True(modules.Count >= 6, "only these modules have rows to restore: " + string.Join(", ", contents.Rows.Select(m => $"{m.Module} {m.Total}")));
        var before = await DatabaseRows.CountAsync(_target!);

        // Each module's first write fails in turn, before it runs and after it has written its rows; the modules before
        // it have written theirs in the same transaction by then.
        foreach (var (module, afterWriting) in modules.SelectMany(m => new[] { (m.Module, false), (m.Module, true) }))
        {
            failure.FailOn(module, afterWriting);
            var error = await Record.ExceptionAsync(async () => await Backup(target).RestoreAsync(await Demo(target), contents, null, CancellationToken.None));
            Assert.True(failure.Failed, $"{module} did not write: {error}");
            Assert.Equal(module, Assert.IsType<RestoreFailedException>(error).Module);
            Assert.Equal(DatabaseRows.Show(before), DatabaseRows.Show(await DatabaseRows.CountAsync(_target!)));
        }

        failure.FailOn(null, false);
        var written = await Backup(target).RestoreAsync(await Demo(target), contents, null, CancellationToken.None);
        Assert.Equal(contents.TotalRows, written);
        Assert.Equal(DatabaseRows.Show(await DatabaseRows.CountAsync(_source!, "demo")), DatabaseRows.Show(await DatabaseRows.CountAsync(_target!, "demo")));
    }

    [Fact]
    public async Task Restores_that_cannot_succeed_are_refused_before_anything_is_written()
    {
        var backup = await SeededBackupAsync();
        var keys = FieldProtector.Current!;
        await using var target = new SalesSuiteApp(_target!, new Dictionary<string, string?> { ["Seed:Demo"] = "false" });
        var demo = await Demo(target);
        var acme = (await target.Services.GetRequiredService<ITenantStore>().FindAsync("acme"))!;

        // Files: damaged or foreign, a newer format. Opening them needs no database.
        var marker = "MARKER-FROM-THE-FILE-1234567890";
        foreach (var damaged in new[] { backup[..(backup.Length / 2)], backup[..^1], Flip(backup, backup.Length / 3), BackupFiles.RandomWithMarker(marker),
            [] })
        {
            var refusal = Assert.Throws<CommandRefusal>(() => TenantBackup.Open(damaged, "the file x.ssbak"));
            Assert.Equal(
                "the file x.ssbak is damaged or was written with another key ring: copy it again from where the backup was written, or set " +
                "Database:KeyRingPath to the key ring of the installation that wrote it",
                refusal.Message);
        }

        var folder = Directory.CreateTempSubdirectory("salessuite-backup-files-").FullName;
        try
        {
            var empty = Path.Combine(folder, "empty.ssbak");
            await File.WriteAllBytesAsync(empty, []);
            Assert.StartsWith($"the file {empty} is empty: ",
                (await Assert.ThrowsAsync<CommandRefusal>(() => TenantBackup.ReadFileAsync(empty, CancellationToken.None))).Message, StringComparison.Ordinal);
            Assert.StartsWith($"{folder} is a folder, not a backup file: ",
                (await Assert.ThrowsAsync<CommandRefusal>(() => TenantBackup.ReadFileAsync(folder, CancellationToken.None))).Message, StringComparison.Ordinal);
            var missing = Path.Combine(folder, "missing.ssbak");
            Assert.StartsWith($"there is no file {missing}: ",
                (await Assert.ThrowsAsync<CommandRefusal>(() => TenantBackup.ReadFileAsync(missing, CancellationToken.None))).Message,
                StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var newer = BackupFiles.Rewrite(keys, backup, d => d["format"] = "salessuite-backup/2");
        Assert.Equal(
            "the file x.ssbak is in backup format 2, newer than format 1, the newest this version of SalesSuite reads: restore it with the SalesSuite " +
            "version that wrote it, or a later one",
            Assert.Throws<CommandRefusal>(() => TenantBackup.Open(newer, "the file x.ssbak")).Message);
        Assert.Contains("is not a SalesSuite backup",
            Assert.Throws<CommandRefusal>(() => TenantBackup.Open(BackupFiles.Rewrite(keys, backup, d => d["format"] = "other/1"), "f")).Message,
            StringComparison.Ordinal);
        Assert.Contains("is not a SalesSuite backup",
            Assert.Throws<CommandRefusal>(() => TenantBackup.Open(BackupFiles.Rewrite(keys, backup, d => d["modules"] = 3), "f")).Message,
            StringComparison.Ordinal);

        // Restores: each refused, and the database as it was.
        var before = await DatabaseRows.CountAsync(_target!);
        async Task<string> Refused(TenantInfo tenant, byte[] file)
        {
            var refusal = await Assert.ThrowsAsync<CommandRefusal>(async () => await Backup(target).RestoreAsync(tenant, file, CancellationToken.None));
            Assert.Equal(DatabaseRows.Show(before), DatabaseRows.Show(await DatabaseRows.CountAsync(_target!)));
            return refusal.Message;
        }

        Assert.StartsWith("a backup of tenant demo cannot be restored as acme: ", await Refused(acme, backup), StringComparison.Ordinal);
        Assert.StartsWith("the backup holds 1 row of module Forecasts, which this installation does not run: ",
            await Refused(demo,
                BackupFiles
                    .Rewrite(keys, backup, d => d["modules"]!["Forecasts"] = new JsonObject { ["Forecast"] = new JsonArray(new JsonObject()) })),
            StringComparison.Ordinal);
        Assert.StartsWith("the backup holds 1 row of a table Lead of module Customers, which this version does not have: ",
            await Refused(demo, BackupFiles
                .Rewrite(keys, backup, d => d["modules"]!["Customers"]!["Lead"] = new JsonArray(new JsonObject()))), StringComparison.Ordinal);
        Assert.StartsWith("row 1 of table Customer of module Customers does not fit this version's data: ",
            await Refused(demo, BackupFiles
                .Rewrite(keys, backup, d => d["modules"]!["Customers"]!["Customer"]![0]!["Id"] = "not a guid")), StringComparison.Ordinal);

        // The tenant has rows in one module only (no audit rows): refused before the audit log, first in order, is written.
        var customersOnly = BackupFiles.Rewrite(keys, backup, d => d["modules"] = new JsonObject { ["Customers"] = d["modules"]!["Customers"]!.DeepClone() });
        await Backup(target).RestoreAsync(demo, customersOnly, CancellationToken.None);
        before = await DatabaseRows.CountAsync(_target!);
        Assert.Equal(0, before[Table("audit", "AuditLog")]);
        var customers = before[Table("customers", "Customers")];
        Assert.Matches(
            $"^tenant demo already has data in Customers \\({customers} customers, .*\\): restore needs empty storage; restore into a new database ",
            await Refused(demo, backup));
    }

    private string Table(string schema, string name) => provider == TestProvider.Sqlite ? $"{schema}_{name}" : $"{schema}.{name}";

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0x01;
        return copy;
    }

    /// <summary>A backup of demo as the seed leaves it, after a few audited writes (Customers, Permissions, Automation) and their events' delivery.</summary>
    private async Task<byte[]> SeededBackupAsync()
    {
        await using var source = new SalesSuiteApp(_source!);
        var admin = source.As("demo");
        await admin.DataAsync(
            "mutation { createCustomer(input: { name: \"Backed Up\", contacts: [{ name: \"Bea\", email: \"bea@backup.example\" }] }) { customer { id } } }");
        await admin.DataAsync("mutation { defineRole(input: { name: \"auditor\", permissions: [\"audit.read\"], scope: TENANT }) { role { name } } }");
        await admin.DataAsync("mutation { setStallDays(input: { days: 9 }) { setting { days } } }");
        await source.DispatchEventsAsync();
        return await Backup(source).ExportAsync(await Demo(source), CancellationToken.None);
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

/// <summary>Fails the first write (INSERT command) of one module's context: before it runs, or after it has written its rows.</summary>
internal sealed class FailWhenModuleWrites : DbCommandInterceptor
{
    private string? _module;
    private bool _afterWriting;

    public bool Failed { get; private set; }

    public void FailOn(string? module, bool afterWriting)
    {
        _module = module;
        _afterWriting = afterWriting;
        Failed = false;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command, eventData, afterWriting: false);
        return ValueTask.FromResult(result);
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        if (Matches(command, eventData, afterWriting: true))
        {
            await result.DisposeAsync();
            Fail();
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Check(command, eventData, afterWriting: false);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Check(command, eventData, afterWriting: true);
        return ValueTask.FromResult(result);
    }

    private void Check(DbCommand command, CommandEventData eventData, bool afterWriting)
    {
        if (Matches(command, eventData, afterWriting))
        {
            Fail();
        }
    }

    private bool Matches(DbCommand command, CommandEventData eventData, bool afterWriting) =>
        !Failed && _module is not null && _afterWriting == afterWriting && eventData.Context?.GetType().Name == _module + "DbContext"
        && command.CommandText.Contains("INSERT", StringComparison.Ordinal);

    private void Fail()
    {
        Failed = true;
        throw new InvalidOperationException("Simulated database failure.");
    }
}

public sealed class BackupRestoreOnSqlite() : BackupRestoreTests(TestProvider.Sqlite);

public sealed class BackupRestoreOnPostgres() : BackupRestoreTests(TestProvider.Postgres);
