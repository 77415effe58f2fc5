using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace SalesSuite.Testing;

/// <summary>
/// The real host as a user starts it: the README's command (<c>dotnet run --project host/SalesSuite.Host</c>, with
/// its launch profile and the Development environment) in its own process on the real clock, with its data in a folder
/// of the test's and its address on a free loopback port. Nothing of the test runs inside it.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(100) };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    /// <summary>Everything the process wrote on stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>From the process start to the first answered GraphQL request.</summary>
    public TimeSpan StartedIn { get; private set; }

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts the host and waits until it answers a GraphQL request. <paramref name="configuration"/> Debug runs the
    /// build the test run made (<c>--no-build</c>); Release builds it first, as a user would; <see cref="Published"/> runs
    /// the host as it is deployed (<c>dotnet publish -c Release</c>, ReadyToRun, docs/operations.md), published once per test run.
    /// </summary>
    public static async Task<HostProcess> StartAsync(HostSettings settings, string configuration = "Debug", TimeSpan? timeout = null)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var published = configuration == Published ? await PublishedFolder.Value : null;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = published ?? RepoRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (published is not null)
        {
            // What the launch profile gives `dotnet run`.
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        }

        foreach (var arg in RunArguments(configuration))
        {
            start.ArgumentList.Add(arg);
        }

        if (published is null)
        {
            start.ArgumentList.Add("--");
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var (key, value) in settings.Values)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var stopwatch = Stopwatch.StartNew();
        var host = new HostProcess(Process.Start(start)!, address);
        host.Capture();
        try
        {
            await host.WaitUntilAnsweringAsync(timeout ?? TimeSpan.FromMinutes(configuration == "Debug" ? 6 : 10));
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        host.StartedIn = stopwatch.Elapsed;
        return host;
    }

    /// <summary>Runs one of the host's commands (<c>verify-audit</c>, <c>backup</c>, <c>restore</c> ...) the README's way; returns its exit code and
    /// output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(HostSettings settings, params string[] command)
    {
        var run = await RunCommandWithStreamsAsync(settings, command);
        return (run.ExitCode, run.Stdout + run.Stderr);
    }

    /// <summary>As <see cref="RunCommandAsync"/>, with stdout and stderr apart (stdout starts with <c>dotnet run</c>'s "Using launch settings" line).</summary>
    public static async Task<CommandRun> RunCommandWithStreamsAsync(HostSettings settings, params string[] command)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in RunArguments("Debug").Concat(["--"]).Concat(command).Concat(settings.Values.Select(v => $"--{v.Key}={v.Value}")))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', command)}' did not finish within 3 minutes: {await stdout}{await stderr}");
        }

        return new CommandRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>A GraphQL client with a development token of <paramref name="user"/> (the README's <c>dev-token</c> path, issued by this process's signing
    /// key).</summary>
    public GraphQLClient As(string token)
    {
        var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(100) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(http);
    }

    /// <summary>Stops the host as a service manager would (SIGTERM) and waits for it to end.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        // dotnet run starts the app as its child: signal the app itself, so that it shuts down gracefully.
        foreach (var pid in Descendants(_process.Id).Append(_process.Id))
        {
            using var kill = Process.Start(
                new ProcessStartInfo("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("The host did not stop within 30 s of SIGTERM:\n" + Output);
        }
    }

    /// <summary>The output of every host process this test process started and ended, newest last (for a failing test's report).</summary>
    public static IReadOnlyList<string> Logs => [.. EndedLogs];

    private static readonly System.Collections.Concurrent.ConcurrentQueue<string> EndedLogs = new();

    public async ValueTask DisposeAsync()
    {
        EndedLogs.Enqueue($"--- host {Address} ---\n{Output}");
        try
        {
            await StopAsync();
        }
        finally
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
            Http.Dispose();
        }
    }

    /// <summary>The configuration that runs the published host (see <see cref="StartAsync"/>).</summary>
    public const string Published = "Published";

    private static IEnumerable<string> RunArguments(string configuration) => configuration switch
    {
        "Debug" => ["run", "--project", "host/SalesSuite.Host", "--no-build"],
        Published => ["SalesSuite.Host.dll"],
        _ => ["run", "--project", "host/SalesSuite.Host", "-c", configuration],
    };

    private static readonly Lazy<Task<string>> PublishedFolder = new(PublishAsync);

    /// <summary>Publishes the host as docs/operations.md says (into a folder of this test run's) and returns the folder.</summary>
    private static async Task<string> PublishAsync()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "salessuite-published-" + Guid.NewGuid().ToString("N")[..8]);
        var start = new ProcessStartInfo("dotnet", ["publish", "host/SalesSuite.Host", "-c", "Release", "-o", folder, "-nologo"])
        {
            WorkingDirectory = RepoRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || !File.Exists(System.IO.Path.Combine(folder, "SalesSuite.Host.dll")))
        {
            throw new InvalidOperationException($"dotnet publish of the host failed ({process.ExitCode}):\n{await stdout}{await stderr}");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return folder;
    }

    private void Capture()
    {
        void Append(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (_output)
                {
                    _output.AppendLine(e.Data);
                }
            }
        }

        _process.OutputDataReceived += Append;
        _process.ErrorDataReceived += Append;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before it answered:\n{Output}");
            }

            try
            {
                // The first answered request: introspection-free and anonymous, so it needs no token.
                using var response = await probe.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"));
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The host did not answer within {timeout.TotalSeconds:0} s:\n{Output}");
    }

    /// <summary>Waits until <c>GET /health/ready</c> answers 200 (read models current).</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            using var response = await Http.GetAsync("/health/ready");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The host was not ready within {timeout.TotalSeconds:0} s:\n{Output}");
    }

    private static IEnumerable<int> Descendants(int pid)
    {
        var children = new List<int>();
        var file = $"/proc/{pid}/task/{pid}/children";
        if (File.Exists(file))
        {
            foreach (var child in File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var id = int.Parse(child, System.Globalization.CultureInfo.InvariantCulture);
                children.AddRange(Descendants(id));
                children.Add(id);
            }
        }

        return children;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>What a command printed, and its exit code.</summary>
public sealed record CommandRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The lines on stderr that are not empty.</summary>
    public IReadOnlyList<string> ErrorLines => [.. Stderr.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];

    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>Where a host process keeps its data: a folder of its own (SQLite file, key ring) or a PostgreSQL database.</summary>
public sealed class HostSettings
{
    public HostSettings(TestDatabase database, string dataFolder, IDictionary<string, string>? more = null)
    {
        Directory.CreateDirectory(dataFolder);
        DataFolder = dataFolder;
        Values = new Dictionary<string, string>
        {
            ["Database:Provider"] = database.ProviderName,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Database:KeyRingPath"] = Path.Combine(dataFolder, "keys", "keyring.json"),
            ["Plugins:Path"] = Path.Combine(dataFolder, "plugins"),
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            Values[key] = value;
        }
    }

    public string DataFolder { get; }

    public Dictionary<string, string> Values { get; }
}
