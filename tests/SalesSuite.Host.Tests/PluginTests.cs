using System.Diagnostics;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>A vendor module the host was never compiled against: built, dropped into a plugins folder, loaded at start-up.</summary>
public sealed class PluginTests : IAsyncLifetime
{
    private readonly string _plugins = Path.Combine(Path.GetTempPath(), "salessuite-plugins-" + Guid.NewGuid().ToString("N")[..8]);
    private TestDatabase? _database;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var output = Path.Combine(_plugins, "SalesSuite.Sample.Loyalty");
        var build = Process.Start(new ProcessStartInfo("dotnet",
            ["publish", Path.Combine(RepoRoot.Path, "samples", "SalesSuite.Sample.Loyalty"), "-c", "Debug", "-o", output, "-nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var log = await build.StandardOutput.ReadToEndAsync() + await build.StandardError.ReadToEndAsync();
        await build.WaitForExitAsync();
        Assert.True(build.ExitCode == 0, "The sample plugin did not build:\n" + log);
    }

    public async Task DisposeAsync()
    {
        await _database!.DisposeAsync();
        Directory.Delete(_plugins, recursive: true);
    }

    [Fact]
    public async Task The_host_loads_the_plugin_and_serves_its_fields()
    {
        Assert.False(File.Exists(Path.Combine(_plugins, "SalesSuite.Sample.Loyalty", "SalesSuite.SharedKernel.dll")),
            "the plugin must use the host's contract assembly");
        await using var app = new SalesSuiteApp(_database!, new Dictionary<string, string?> { ["Plugins:Path"] = _plugins });

        var data = await app.As("acme").DataAsync("""
            { loyaltyProgram { name } modules { name source loaded }
              customers(where: { name: { eq: "Roadrunner Logistics" } }) { nodes { name level loyaltyTier } } }
            """);

        Assert.Equal("SalesSuite Rewards", data["loyaltyProgram"]!["name"]!.GetValue<string>());
        Assert.Contains(data["modules"]!.AsArray(), m => m!["name"]!.GetValue<string>() == "Loyalty" && m["source"]!.GetValue<string>() == "PLUGIN");
        Assert.Equal("BRONZE", data["customers"]!["nodes"]![0]!["loyaltyTier"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_plugin_mutation_is_audited_on_the_tenants_chain_on_the_real_clock()
    {
        await using var app = new SalesSuiteApp(_database!, new Dictionary<string, string?> { ["Plugins:Path"] = _plugins }) { RealClock = true };
        var admin = app.As("acme");
        var id = (await admin.DataAsync("{ customers(first: 1) { nodes { id } } }"))["customers"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var redeemed = await admin.DataAsync(
            "mutation($id: ID!) { redeemLoyaltyReward(input: { customerId: $id, reward: \"Free shipping\" }) { customerId reward } }", new { id });
        var refused = await admin.PostAsync("mutation { redeemLoyaltyReward(input: { customerId: \"not-an-id\", reward: \"Free shipping\" }) { reward } }");

        Assert.Equal("Free shipping", redeemed["redeemLoyaltyReward"]!["reward"]!.GetValue<string>());
        Assert.Equal("VALIDATION", refused.FirstErrorCode);
        var log = await admin.DataAsync("""
            { auditLog(where: { operation: { eq: "redeemLoyaltyReward" } }) { totalCount nodes { action module entityType actorId changes } }
              auditChainVerification { valid checkedEntries } }
            """);
        Assert.Equal(1, log["auditLog"]!["totalCount"]!.GetValue<int>());
        var entry = log["auditLog"]!["nodes"]![0]!;
        Assert.Equal(("REDEEMED", "Loyalty", "Customer", "admin"),
            (entry["action"]!.GetValue<string>(), entry["module"]!.GetValue<string>(), entry["entityType"]!.GetValue<string>(),
                entry["actorId"]!.GetValue<string>()));
        Assert.Contains("Free shipping", entry["changes"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(log["auditChainVerification"]!["valid"]!.GetValue<bool>(), log.ToJsonString());
    }

    [Fact]
    public async Task A_plugin_that_fails_to_load_is_reported_by_name_and_the_host_runs_on()
    {
        var broken = Path.Combine(_plugins, "Contoso.Broken.dll");
        await File.WriteAllBytesAsync(broken, [0x4d, 0x5a, 0x00, 0x01, 0x02]);
        await using var app = new SalesSuiteApp(_database!, new Dictionary<string, string?> { ["Plugins:Path"] = _plugins });

        var data = await app.As("demo").DataAsync("{ modules { name loaded error } customers(first: 1) { totalCount } loyaltyProgram { name } }");

        var failed = Assert.Single(data["modules"]!.AsArray(), m => m!["name"]!.GetValue<string>() == "Contoso.Broken");
        Assert.False(failed!["loaded"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(failed["error"]!.GetValue<string>()));
        Assert.True(data["customers"]!["totalCount"]!.GetValue<int>() > 0);
    }
}
