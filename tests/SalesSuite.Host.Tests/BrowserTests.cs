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
        var address = _app!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Assert.StartsWith("http://127.0.0.1:", address);
        var screenshot = Path.Combine(Path.GetTempPath(), "salessuite-ide.png");

        var dom = await Chromium.DumpDomAsync(address + "/graphql");
        await Chromium.ScreenshotAsync(address + "/graphql", screenshot, 1400, 900);

        Assert.Contains("graphiql-container", dom);
        Assert.Contains("customers", dom);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot should show a rendered page");
    }
}
