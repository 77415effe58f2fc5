using System.Text.Json.Nodes;
using SalesSuite.SharedKernel.Security;
using SalesSuite.Testing;
using Xunit.Abstractions;

namespace SalesSuite.Host.Tests;

/// <summary>
/// <c>restore</c> and <c>backup --verify</c> as an operator runs them (the README's command, its own process): every bad
/// input ends with its exit code and one line on stderr that names the problem, never a stack trace or the file's bytes,
/// and leaves every table of the target with the rows it had; a good backup restores every row of the tenant.
/// </summary>
public abstract class RestoreCommandTests(RestoreCommandFixture source, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Marker = "MARKER-OF-THE-FILE-0123456789";
    private readonly List<TestDatabase> _databases = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Bad_files_and_bad_command_lines_are_refused_in_one_line_and_change_nothing()
    {
        var target = await TargetAsync();
        var acme = await RunAsync(target.Settings, "restore", "--tenant", "acme", "--in", source.AcmeBackup);
        Assert.True(acme.ExitCode == 0, acme.ToString());
        Assert.Equal(Show(source.AcmeRows), Show(await DatabaseRows.CountAsync(target.Database, "acme")));

        var truncated = await source.FileAsync("truncated.ssbak", (await File.ReadAllBytesAsync(source.DemoBackup))[..4000]);
        var random = await source.FileAsync("random.ssbak", BackupFiles.RandomWithMarker(Marker));
        var newer = await source.FileAsync("newer.ssbak",
            BackupFiles.Rewrite(source.Keys, await File.ReadAllBytesAsync(source.DemoBackup), d => d["format"] = "salessuite-backup/2"));
        var missing = Path.Combine(source.Folder, "no-such.ssbak");
        var noKeyRing = Path.Combine(source.Folder, "elsewhere", "keys", "keyring.json");
        var cases = new (string[] Command, Dictionary<string, string>? Settings, int ExitCode, string Line)[]
        {
            (["restore", "--tenant", "demo", "--in", truncated], null, 1,
                $"Restore refused: the file {truncated} is damaged or was written with another key ring: copy it again from where the backup was written, or " +
                "set Database:KeyRingPath to the key ring of the installation that wrote it."),
            (["restore", "--tenant", "demo", "--in", random], null, 1, $"Restore refused: the file {random} is damaged or was written with another key ring: "),
            (["restore", "--tenant", "acme", "--in", source.DemoBackup], null, 1,
                "Restore refused: a backup of tenant demo cannot be restored as acme: its audit chain is sealed with its tenant id; restore it with --tenant " +
                "demo."),
            (["restore", "--tenant", "demo", "--in", newer], null, 1,
                $"Restore refused: the file {newer} is in backup format 2, newer than format 1, the newest this version of SalesSuite reads: restore it with " +
                "the SalesSuite version that wrote it, or a later one."),
            (["restore", "--tenant", "demo", "--in", missing], null, 1,
                $"Restore refused: there is no file {missing}: give the path of the file that backup --out wrote."),
            (["restore", "--tenant", "demo", "--in", source.Folder], null, 1, $"Restore refused: {source.Folder} is a folder, not a backup file: "),
            (["restore", "--tenant", "demo", "--in", source.DemoBackup], new() { ["Database:KeyRingPath"] = noKeyRing }, 1,
                $"Restore refused: there is no key ring at {noKeyRing} (Database:KeyRingPath); "),
            (["restore", "--tenant", "demo"], null, 2, "Usage error: restore needs --tenant <id> --in <file>; --in is missing."),
            (["restore", "--in", source.DemoBackup], null, 2, "Usage error: restore needs --tenant <id> --in <file>; --tenant is missing."),
        };

        var before = await DatabaseRows.CountAsync(target.Database);
        foreach (var (command, settings, exitCode, line) in cases)
        {
            var run = await RunAsync(Override(target, settings), command);
            AssertRefused(run, exitCode, line);
            Assert.Equal(Show(before), Show(await DatabaseRows.CountAsync(target.Database)));
        }

        Assert.False(File.Exists(noKeyRing), "a restore created a key ring");
    }

    [Fact]
    public async Task A_restore_into_a_tenant_with_data_in_one_module_only_is_refused_before_anything_is_written()
    {
        var target = await TargetAsync();
        var customersOnly = await source.FileAsync("customers-only.ssbak", BackupFiles.Rewrite(source.Keys, await File.ReadAllBytesAsync(source.DemoBackup),
            d => d["modules"] = new JsonObject { ["Customers"] = d["modules"]!["Customers"]!.DeepClone() }));
        var partial = await RunAsync(target.Settings, "restore", "--tenant", "demo", "--in", customersOnly);
        Assert.True(partial.ExitCode == 0, partial.ToString());
        var before = await DatabaseRows.CountAsync(target.Database);
        var demo = await DatabaseRows.CountAsync(target.Database, "demo");
        Assert.Equal(0, demo[Table("audit", "AuditLog")]);
        Assert.True(source.DemoRows[Table("audit", "AuditLog")] > 0, "the source has no audit rows to restore");

        var run = await RunAsync(target.Settings, "restore", "--tenant", "demo", "--in", source.DemoBackup);

        AssertRefused(run, 1, $"Restore refused: tenant demo already has data in Customers ({demo[Table("customers", "Customers")]} customers, ");
        Assert.Contains("): restore needs empty storage; restore into a new database", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(Show(before), Show(await DatabaseRows.CountAsync(target.Database)));
    }

    [Fact]
    public async Task Verify_reads_a_backup_without_writing_and_restore_gives_back_every_row()
    {
        var target = await TargetAsync();
        var verify = await RunAsync(target.Settings, "backup", "--verify", source.DemoBackup);
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains($"{source.DemoBackup}: a SalesSuite backup; this key ring opens it (key k1).", verify.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tenant:  demo\n", verify.Stdout, StringComparison.Ordinal);
        Assert.Contains("Format:  salessuite-backup/1\n", verify.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"Created: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\n", verify.Stdout);
        Assert.Matches($@"\n  Customers: \d+ rows \(.*Customer {source.DemoRows[Table("customers", "Customers")]}\b", verify.Stdout);
        foreach (var module in new[] { "Audit", "Automation", "Opportunities", "Orders", "Permissions", "Reporting", "Team" })
        {
            Assert.Contains($"\n  {module}: ", verify.Stdout, StringComparison.Ordinal);
        }

        Assert.Empty(verify.Stderr.Trim());
        var random = await source.FileAsync("random-verify.ssbak", BackupFiles.RandomWithMarker(Marker));
        AssertRefused(await RunAsync(target.Settings, "backup", "--verify", random), 1,
            $"Backup check failed: the file {random} is damaged or was written with another key ring: ");
        Assert.Empty(await DatabaseRows.CountAsync(target.Database));

        var restore = await RunAsync(target.Settings, "restore", "--tenant", "demo", "--in", source.DemoBackup);

        Assert.True(restore.ExitCode == 0, restore.ToString());
        var total = source.DemoRows.Values.Sum();
        Assert.Contains($"Restored {total} rows of tenant demo from {source.DemoBackup}, in one transaction.", restore.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n  Customers: \d+ rows\n", restore.Stdout);
        Assert.Equal(Show(source.DemoRows), Show(await DatabaseRows.CountAsync(target.Database, "demo")));
        Assert.All(await DatabaseRows.CountAsync(target.Database, "acme"), table => Assert.Equal(0, table.Value));
    }

    private static void AssertRefused(CommandRun run, int exitCode, string line)
    {
        Assert.True(run.ExitCode == exitCode, $"expected exit code {exitCode}: {run}");
        var lines = run.ErrorLines;
        Assert.True(lines.Count == 1, $"expected one line on stderr: {run}");
        Assert.StartsWith(line, lines[0], StringComparison.Ordinal);
        var all = run.Stdout + run.Stderr;
        Assert.DoesNotContain("Unhandled exception", all, StringComparison.Ordinal);
        Assert.DoesNotContain(all.Split('\n'), l => l.StartsWith("   at ", StringComparison.Ordinal));
        Assert.DoesNotContain(Marker, all, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', all);
    }

    private async Task<CommandRun> RunAsync(HostSettings settings, params string[] command)
    {
        var run = await HostProcess.RunCommandWithStreamsAsync(settings, command);
        output.WriteLine($"$ {string.Join(' ', command)}\n{run}");
        return run;
    }

    /// <summary>A fresh database (not created yet) with the source's key ring.</summary>
    private async Task<(TestDatabase Database, HostSettings Settings)> TargetAsync()
    {
        var database = await TestDatabase.CreateAsync(source.Provider);
        _databases.Add(database);
        var settings = new HostSettings(database, Path.Combine(source.Folder, "target-" + Guid.NewGuid().ToString("N")[..8]));
        settings.Values["Database:KeyRingPath"] = source.Settings.Values["Database:KeyRingPath"];
        return (database, settings);
    }

    /// <summary>The target's settings with some of them changed.</summary>
    private static HostSettings Override((TestDatabase Database, HostSettings Settings) target, Dictionary<string, string>? values)
    {
        if (values is null)
        {
            return target.Settings;
        }

        var copy = new HostSettings(target.Database, target.Settings.DataFolder, target.Settings.Values);
        foreach (var (key, value) in values)
        {
            copy.Values[key] = value;
        }

        return copy;
    }

    private string Table(string schema, string name) => source.Provider == TestProvider.Sqlite ? $"{schema}_{name}" : $"{schema}.{name}";

    private static string Show(SortedDictionary<string, long> counts) => DatabaseRows.Show(counts);
}

/// <summary>
/// The source of the backups: a database the real host seeded (demo and acme, without the demo history) and then wrote
/// to through the API (the product tour: every module and the audit log), with backups of demo and acme made by the CLI.
/// </summary>
public abstract class RestoreCommandFixture(TestProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    public TestProvider Provider => provider;

    public string Folder { get; } = Directory.CreateTempSubdirectory("salessuite-restore-").FullName;

    public HostSettings Settings { get; private set; } = null!;

    public FieldProtector Keys { get; private set; } = null!;

    public string DemoBackup => Path.Combine(Folder, "demo.ssbak");

    public string AcmeBackup => Path.Combine(Folder, "acme.ssbak");

    /// <summary>The source's rows of demo (and of acme) in every table with a TenantId, as the backups hold them.</summary>
    public SortedDictionary<string, long> DemoRows { get; private set; } = null!;

    public SortedDictionary<string, long> AcmeRows { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        Settings = new HostSettings(_database, Path.Combine(Folder, "source"), new Dictionary<string, string> { ["Seed:DemoHistory"] = "false" });
        await using (var host = await HostProcess.StartAsync(Settings))
        {
            await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
            var token = await HostProcess.RunCommandWithStreamsAsync(Settings, "dev-token", "--tenant", "demo", "--user", "admin", "--role", "admin");
            Assert.True(token.ExitCode == 0, token.ToString());
            await ProductTour.RunAsync(host.As(token.Stdout.Trim().Split('\n').Last().Trim()));
            await host.StopAsync();
        }

        foreach (var (tenant, file) in new[] { ("demo", DemoBackup), ("acme", AcmeBackup) })
        {
            var backup = await HostProcess.RunCommandWithStreamsAsync(Settings, "backup", "--tenant", tenant, "--out", file);
            Assert.True(backup.ExitCode == 0, backup.ToString());
        }

        Keys = FieldProtector.LoadOrCreate(Settings.Values["Database:KeyRingPath"]);
        DemoRows = await DatabaseRows.CountAsync(_database, "demo");
        AcmeRows = await DatabaseRows.CountAsync(_database, "acme");
    }

    /// <summary>Writes a file of the test's into the fixture's folder; returns its full path.</summary>
    public async Task<string> FileAsync(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    public async Task DisposeAsync()
    {
        await _database!.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}

public sealed class SqliteRestoreCommandFixture() : RestoreCommandFixture(TestProvider.Sqlite);

public sealed class PostgresRestoreCommandFixture() : RestoreCommandFixture(TestProvider.Postgres);

[Collection(HostProcesses.Name)]
public sealed class RestoreCommandOnSqlite(SqliteRestoreCommandFixture source, ITestOutputHelper output)
    : RestoreCommandTests(source, output), IClassFixture<SqliteRestoreCommandFixture>;

[Collection(HostProcesses.Name)]
public sealed class RestoreCommandOnPostgres(PostgresRestoreCommandFixture source, ITestOutputHelper output)
    : RestoreCommandTests(source, output), IClassFixture<PostgresRestoreCommandFixture>;
