using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>The IDE page in Debian's Chromium, against the host on a real loopback port.</summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private TestDatabase? _database;
    private SalesSuiteApp? _app;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        _app = new SalesSuiteApp(_database);
        _app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _app!.DisposeAsync();
        await _database!.DisposeAsync();
    }

    [Fact]
    public async Task The_IDE_page_renders_GraphiQL_with_the_default_query()
    {
        const string chromium = "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), "Debian's chromium is needed for browser checks (./test.sh installs it).");
        var address = _app!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Assert.StartsWith("http://127.0.0.1:", address);
        var profile = Directory.CreateTempSubdirectory("salessuite-chromium-");
        var screenshot = Path.Combine(Path.GetTempPath(), "salessuite-ide.png");
        try
        {
            string[] common = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", $"--user-data-dir={profile.FullName}", "--virtual-time-budget=15000"];
            var dom = await RunAsync(chromium, [.. common, "--dump-dom", address + "/graphql"]);
            await RunAsync(chromium, [.. common, "--window-size=1400,900", $"--screenshot={screenshot}", address + "/graphql"]);

            Assert.Contains("graphiql-container", dom);
            Assert.Contains("customers", dom);
            Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot should show a rendered page");
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static async Task<string> RunAsync(string file, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        await errors;
        return await output;
    }
}
