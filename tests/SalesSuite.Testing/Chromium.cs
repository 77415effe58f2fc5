using System.Diagnostics;
using Xunit;

namespace SalesSuite.Testing;

/// <summary>
/// Debian's headless Chromium for browser checks (never a downloaded browser; ./test.sh installs it). Each run gets
/// a throw-away profile and is killed if it outlives its timeout, so a hung browser fails the test instead of the run.
/// </summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The DOM after the page loaded and its scripts ran (up to 15 s of virtual time).</summary>
    public static Task<string> DumpDomAsync(string url) => RunAsync(["--dump-dom", url]);

    /// <summary>Saves a PNG of the page as a window of the given size shows it.</summary>
    public static async Task ScreenshotAsync(string url, string pngFile, int width, int height)
    {
        File.Delete(pngFile);
        await RunAsync([$"--window-size={width},{height}", $"--screenshot={pngFile}", "--hide-scrollbars", url]);
        Assert.True(File.Exists(pngFile), $"Chromium wrote no screenshot of {url}.");
    }

    private static async Task<string> RunAsync(string[] arguments)
    {
        Assert.True(File.Exists(Path), "Debian's chromium is needed for browser checks (./test.sh installs it).");
        var profile = Directory.CreateTempSubdirectory("salessuite-chromium-");
        try
        {
            string[] common = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", $"--user-data-dir={profile.FullName}", "--virtual-time-budget=15000"];
            using var process = Process.Start(new ProcessStartInfo(Path, [.. common, .. arguments])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish within {Timeout.TotalSeconds} s: {string.Join(' ', arguments)}");
            }

            await errors;
            return await output;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
