using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>
/// The real host process (the built SalesSuite.Host.dll), started with one bad setting at a time: it must stop with
/// exit code 1 and one line on stderr that names the setting, never a stack trace. Each case has its own temporary
/// folder for the database and the key ring; settings come as environment variables (<c>Key__Sub=value</c>) or
/// command-line arguments (<c>--Key:Sub=value</c>), <c>{dir}</c>, <c>{file}</c>, <c>{unreadable}</c> and <c>{case}</c>
/// standing for paths made here.
/// </summary>
public sealed partial class ConfigurationErrorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("salessuite-config-").FullName;

    public ConfigurationErrorTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "dir"));
        File.WriteAllText(Path.Combine(_root, "file.txt"), "a file, not a folder");
        var unreadable = Path.Combine(_root, "unreadable.json");
        File.WriteAllText(unreadable, "not a key ring");
        // Unreadable for any user but root; for root (and on Windows) its content is not a key ring either.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(unreadable, UnixFileMode.None);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("Database:KeyRingPath", "Database__KeyRingPath={dir}")]
    [InlineData("Database:KeyRingPath", "--Database:KeyRingPath={unreadable}")]
    [InlineData("Database:KeyRingPath", "--Database:KeyRingPath={file}/keyring.json")]
    [InlineData("Database:Provider", "--Database:Provider=Oracle")]
    [InlineData("Database:ConnectionString", "Database__ConnectionString=Data Source={dir}")]
    [InlineData("Database:ConnectionString", "--Database:ConnectionString=Server=db;Frobnicate=yes")]
    [InlineData("Database:ConnectionString", "--Database:Provider=Postgres", "--Database:ConnectionString=Host=db;Port=many")]
    [InlineData("Database:ConnectionString", "--Database:Provider=Postgres", "--Database:ConnectionString=Database=salessuite")]
    [InlineData("Database:CommandTimeoutSeconds", "--Database:CommandTimeoutSeconds=0")]
    [InlineData("Database:MigrateOnStartup", "--Database:MigrateOnStartup=yes")]
    [InlineData("Tenancy:Tenants:2:Id", "--Tenancy:Tenants:2:Name=Nameless Ltd")]
    [InlineData("Tenancy:Tenants:2:Id", "--Tenancy:Tenants:2:Id=Demo")]
    [InlineData("Tenancy:Tenants:2:Provider", "--Tenancy:Tenants:2:Id=solo", "--Tenancy:Tenants:2:Provider=Oracle")]
    [InlineData("Tenancy:Tenants:2:ConnectionString", "--Tenancy:Tenants:2:Id=solo", "--Tenancy:Tenants:2:ConnectionString=Data Source={dir}")]
    [InlineData("Tenancy:Tenants:0:TimeZone", "--Tenancy:Tenants:0:TimeZone=Mars/Olympus_Mons")]
    [InlineData("Tenancy:Tenants:1:Hosts:0", "--Tenancy:Tenants:1:Hosts:0=demo.localhost")]
    [InlineData("GraphQL:MaxDepth", "--GraphQL:MaxDepth=0")]
    [InlineData("GraphQL:MaxNodes", "GraphQL__MaxNodes=-5")]
    [InlineData("GraphQL:MaxRequestBytes", "--GraphQL:MaxRequestBytes=lots")]
    [InlineData("GraphQL:Paging:MaxPageSize", "--GraphQL:Paging:MaxPageSize=-1")]
    [InlineData("GraphQL:Paging:DefaultPageSize", "--GraphQL:Paging:DefaultPageSize=500")]
    [InlineData("GraphQL:ExecutionTimeoutSeconds", "--GraphQL:ExecutionTimeoutSeconds=-1")]
    [InlineData("GraphQL:AllowIntrospection", "--GraphQL:AllowIntrospection=maybe")]
    [InlineData("RateLimits:PerUser", "--RateLimits:PerUser=0")]
    [InlineData("RateLimits:WindowSeconds", "--RateLimits:WindowSeconds=ten")]
    [InlineData("Idempotency:RetentionHours", "--Idempotency:RetentionHours=0")]
    [InlineData("Outbox:PollSeconds", "--Outbox:PollSeconds=0")]
    [InlineData("Jobs:PollSeconds", "Jobs__PollSeconds=")]
    [InlineData("ReadModels:RebuildOnStart", "--ReadModels:RebuildOnStart=later")]
    [InlineData("Customers:Import:MaxRows", "--Customers:Import:MaxRows=-1")]
    [InlineData("Webhooks:AllowPrivateNetworks", "--Webhooks:AllowPrivateNetworks=sometimes")]
    [InlineData("Webhooks:TimeoutSeconds", "Webhooks__TimeoutSeconds=0")]
    [InlineData("Webhooks:RetryScheduleSeconds", "--Webhooks:RetryScheduleSeconds=5")]
    [InlineData("Webhooks:RetryScheduleSeconds:1", "--Webhooks:RetryScheduleSeconds:0=0", "--Webhooks:RetryScheduleSeconds:1=-5")]
    [InlineData("Plugins:Path", "--Plugins:Path={file}")]
    [InlineData("Auth:Authority", "ASPNETCORE_ENVIRONMENT=Production")]
    [InlineData("Auth:Authority", "ASPNETCORE_ENVIRONMENT=Production", "--Auth:Authority=http://login.example.com/")]
    [InlineData("Auth:DevSigningKey", "--Auth:DevSigningKey=too-short")]
    public async Task A_bad_setting_stops_the_host_with_one_line_that_names_it(string setting, params string[] inputs)
    {
        var run = await RunAsync([], inputs);

        AssertConfigurationError(run, setting);
    }

    [Theory]
    [InlineData("migrate", "Database:KeyRingPath", "Database__KeyRingPath={dir}")]
    [InlineData("backup --tenant demo --out {case}/demo.ssbak", "Database:Provider", "--Database:Provider=Oracle")]
    [InlineData("restore --tenant demo --in {case}/demo.ssbak", "Tenancy:Tenants:2:Id", "--Tenancy:Tenants:2:Id=demo")]
    [InlineData("verify-audit", "GraphQL:MaxDepth", "--GraphQL:MaxDepth=0")]
    [InlineData("rebuild-read-models", "RateLimits:PerTenant", "--RateLimits:PerTenant=-1")]
    [InlineData("print-schema", "Plugins:Path", "--Plugins:Path={file}")]
    [InlineData("dev-token --tenant demo", "Auth:DevSigningKey", "--Auth:DevSigningKey=too-short")]
    public async Task Every_command_checks_the_settings_first(string command, string setting, string input)
    {
        var run = await RunAsync(command.Split(' '), [input]);

        AssertConfigurationError(run, setting);
    }

    [Fact]
    public async Task A_database_file_that_is_no_database_stops_the_start_with_one_line_naming_the_database()
    {
        var caseFolder = NewCaseFolder();
        var notADatabase = Path.Combine(caseFolder, "garbage.db");
        await File.WriteAllTextAsync(notADatabase, new string('x', 4096));

        var run = await RunAsync([], [$"--Database:ConnectionString=Data Source={notADatabase}"], caseFolder);

        var line = AssertOneLineFailure(run, "Start-up failed: ");
        Assert.Contains("tenant 'demo'", line);
        Assert.Contains(notADatabase, line);
        Assert.Contains("Database:ConnectionString", line);
    }

    [Fact]
    public async Task An_unreachable_postgres_server_stops_the_start_with_one_line()
    {
        var port = FreePort();

        var run = await RunAsync([],
            [
                "--Database:Provider=Postgres",
                $"--Database:ConnectionString=Host=127.0.0.1;Port={port};Database=salessuite;Username=u;Password=secret;Timeout=5",
            ]);

        var line = AssertOneLineFailure(run, "Start-up failed: ");
        Assert.Contains($"PostgreSQL 127.0.0.1:{port}/salessuite", line);
        Assert.DoesNotContain("secret", run.Output + run.Errors);
    }

    [Fact]
    public async Task A_port_in_use_stops_the_start_with_one_line()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await RunAsync([], [$"--urls=http://127.0.0.1:{port}"]);

        var line = AssertOneLineFailure(run, "Start-up failed: ");
        Assert.Contains($"127.0.0.1:{port}", line);
        Assert.Contains("address already in use", line);
    }

    [Fact]
    public async Task A_good_configuration_starts_and_answers_health()
    {
        var run = await RunAsync([], [], listening: async address =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var health = await http.GetAsync(new Uri(address + "/health"));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        });

        Assert.True(run.Listened, "The host did not report an address it listens on:\n" + run.Output + run.Errors);
        Assert.Empty(run.Errors.Trim());
        AssertNoStackTrace(run);
    }

    private static void AssertConfigurationError(HostRun run, string setting)
    {
        var line = AssertOneLineFailure(run, "Configuration error: ");
        Assert.StartsWith($"Configuration error: {setting}: ", line);
        Assert.True(line.Length > $"Configuration error: {setting}: ".Length + 10, "The line should say what is wrong: " + line);
    }

    private static string AssertOneLineFailure(HostRun run, string prefix)
    {
        Assert.True(run.ExitCode == 1, $"Exit code {run.ExitCode}, expected 1.\nstdout:\n{run.Output}\nstderr:\n{run.Errors}");
        AssertNoStackTrace(run);
        var lines = run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith(prefix, line);
        return line;
    }

    private static void AssertNoStackTrace(HostRun run)
    {
        foreach (var line in (run.Output + "\n" + run.Errors).Split('\n'))
        {
            Assert.False(line.StartsWith("   at ", StringComparison.Ordinal) || StackFrame().IsMatch(line), "A stack frame was printed: " + line);
            Assert.DoesNotContain("Unhandled exception", line);
        }
    }

    [GeneratedRegex(@"^\s+at \S+.*\(.*\)")]
    private static partial Regex StackFrame();

    private string NewCaseFolder() => Directory.CreateDirectory(Path.Combine(_root, "case-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record HostRun(int ExitCode, string Output, string Errors, bool Listened);

    /// <summary>
    /// Runs the host with a fresh database and key ring in a case folder, on a port of its own, and with the
    /// <paramref name="inputs"/> on top. With <paramref name="listening"/> the host is expected to start: the callback
    /// gets its address, then the process is stopped. Every wait is bounded; a host that overruns is killed.
    /// </summary>
    private async Task<HostRun> RunAsync(string[] command, string[] inputs, string? caseFolder = null, Func<string, Task>? listening = null)
    {
        var dll = HostDll();
        caseFolder ??= NewCaseFolder();
        string Expand(string value) => value
            .Replace("{dir}", Path.Combine(_root, "dir"), StringComparison.Ordinal)
            .Replace("{file}", Path.Combine(_root, "file.txt"), StringComparison.Ordinal)
            .Replace("{unreadable}", Path.Combine(_root, "unreadable.json"), StringComparison.Ordinal)
            .Replace("{case}", caseFolder, StringComparison.Ordinal);

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(RepoRoot.Path, "host", "SalesSuite.Host"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var inherited in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_",
            StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(caseFolder, "salessuite.db")}";
        start.Environment["Database__KeyRingPath"] = Path.Combine(caseFolder, "keys", "keyring.json");
        start.Environment["Seed__Demo"] = "false";
        start.Environment["Plugins__Path"] = "";
        start.ArgumentList.Add(dll);
        foreach (var word in command)
        {
            start.ArgumentList.Add(Expand(word));
        }

        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        foreach (var input in inputs.Select(Expand))
        {
            if (input.StartsWith("--", StringComparison.Ordinal))
            {
                start.ArgumentList.Add(input);
            }
            else
            {
                var equals = input.IndexOf('=', StringComparison.Ordinal);
                start.Environment[input[..equals]] = input[(equals + 1)..];
            }
        }

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var errors = new StringBuilder();
        var address = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (ListeningOn().Match(e.Data) is { Success: true } match)
            {
                address.TrySetResult(match.Groups[1].Value);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errors)
                {
                    errors.AppendLine(e.Data);
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var listened = false;
        try
        {
            if (listening is not null)
            {
                var exited = process.WaitForExitAsync(limit.Token);
                if (await Task.WhenAny(address.Task, exited) == address.Task)
                {
                    listened = true;
                    try
                    {
                        await listening(await address.Task).WaitAsync(limit.Token);
                    }
                    finally
                    {
                        Stop(process);
                    }
                }
            }

            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            Stop(process);
            await process.WaitForExitAsync(CancellationToken.None);
            Assert.Fail($"The host did not finish within 60 s.\nstdout:\n{output}\nstderr:\n{errors}");
        }

        return new HostRun(process.ExitCode, output.ToString(), errors.ToString(), listened);
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>The host project's own build output, of the configuration this test project was built in.</summary>
    private static string HostDll()
    {
        var testsProject = Path.Combine(RepoRoot.Path, "tests", "SalesSuite.Host.Tests");
        var output = Path.GetRelativePath(testsProject, AppContext.BaseDirectory);
        var dll = Path.GetFullPath(Path.Combine(RepoRoot.Path, "host", "SalesSuite.Host", output, "SalesSuite.Host.dll"));
        Assert.True(File.Exists(dll), $"The host is not built at {dll} (build tests/SalesSuite.Host.Tests, which builds it).");
        return dll;
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
