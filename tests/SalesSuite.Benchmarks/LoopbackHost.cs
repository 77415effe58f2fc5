using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Testing;

namespace SalesSuite.Benchmarks;

/// <summary>Runs the host on Kestrel at 127.0.0.1 (a real socket, unlike the in-memory test server).</summary>
internal static class LoopbackHost
{
    /// <summary>Starts the app and returns a client for it, signed in as demo's admin.</summary>
    public static HttpClient Start(SalesSuiteApp app)
    {
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.Token());
        return http;
    }
}
