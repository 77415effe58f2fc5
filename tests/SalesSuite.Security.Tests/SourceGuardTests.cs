using System.Text.RegularExpressions;
using SalesSuite.Testing;

namespace SalesSuite.Security.Tests;

/// <summary>
/// The tenant and access filters hold only if nobody steps around them. These EF Core calls either switch the
/// filters off (<c>IgnoreQueryFilters</c>) or send SQL that never sees them (raw SQL, bulk updates and deletes),
/// so production code may use them only where the allow-list below says so, with a reason.
/// </summary>
public sealed class SourceGuardTests
{
    /// <summary>"path/relative/to/repo.cs:API" entries that are allowed, each with the reason in a comment. Keep it short.</summary>
    private static readonly HashSet<string> AllowList = new(StringComparer.Ordinal)
    {
        // The gapless order-number sequence: an atomic increment under the row lock (the tenant filter still applies to ExecuteUpdate).
        "modules/Orders/SalesSuite.Modules.Orders/Features/ConfirmOrder/ConfirmOrderHandler.cs:ExecuteUpdateAsync",
        // Emptying the tenant's reporting read model before a rebuild: derived data, no audit wanted (the tenant filter still applies).
        "modules/Reporting/SalesSuite.Modules.Reporting/Integration/ReportingRebuild.cs:ExecuteDeleteAsync",
        // The tenant's audit-chain lock (the provider's pg_advisory_xact_lock / sp_getapplock): takes a lock, reads and writes no rows.
        "shared-kernel/SalesSuite.SharedKernel.Data/Audit/AuditChainLock.cs:ExecuteSqlRawAsync",
    };

    private static readonly string[] ScannedFolders = ["modules", "shared-kernel", "host", "samples"];

    [Fact]
    public void Production_code_never_bypasses_the_tenant_and_access_filters()
    {
        var findings = ScannedFolders
            .SelectMany(folder => SourceFiles(Path.Combine(RepoRoot.Path, folder)))
            .SelectMany(file => FilterBypassScanner.Scan(Relative(file), File.ReadAllText(file)))
            .Where(finding => !AllowList.Contains(finding.File + ":" + finding.Api))
            .ToList();

        Assert.True(findings.Count == 0,
            "EF Core calls that bypass the tenant/access query filters were found outside the allow-list:\n"
            + string.Join("\n", findings.Select(f => $"  {f.File}:{f.Line}  {f.Api}  ->  {f.Text}")));
    }

    [Fact]
    public void The_scan_covers_the_production_folders_and_not_build_output_or_migrations()
    {
        var files = ScannedFolders.SelectMany(folder => SourceFiles(Path.Combine(RepoRoot.Path, folder))).Select(Relative).ToList();

        Assert.Contains(files, f => f.EndsWith("Data/ModuleDbContext.cs", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("Features/CreateCustomer/CreateCustomerHandler.cs", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("host/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("samples/", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Contains("/obj/", StringComparison.Ordinal) || f.Contains("/bin/", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Contains("/Migrations/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scanner_flags_every_bypassing_call_with_its_line()
    {
        const string planted = """
            namespace Planted;

            internal sealed class Leaky
            {
                public async Task Run(AppDb db, Guid id)
                {
                    var all = await db.Customers.IgnoreQueryFilters().ToListAsync();
                    var raw = db.Customers.FromSqlRaw("SELECT * FROM customers").ToList();
                    var interpolated = db.Customers.FromSqlInterpolated($"SELECT * FROM customers WHERE id = {id}");
                    var plain = db.Customers.FromSql($"SELECT * FROM customers");
                    await db.Database.ExecuteSqlRawAsync("DELETE FROM customers");
                    db.Database.ExecuteSqlInterpolated($"DELETE FROM customers WHERE id = {id}");
                    await db.Customers.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, "x"));
                    await db.Customers.ExecuteDeleteAsync();
                    var names = db.Database.SqlQuery<string>($"SELECT name FROM customers");
                    var rawNames = db.Database.SqlQueryRaw<string>("SELECT name FROM customers");
                    var fine = db.Customers.Where(c => c.Name == "IgnoreQueryFiltersIsJustAName").ToList();
                    var viaUsingStatic = IgnoreQueryFilters(db.Customers);
                }
            }
            """;

        var findings = FilterBypassScanner.Scan("Planted/Leaky.cs", planted);

        Assert.Equal(
            [
                (7, "IgnoreQueryFilters"), (8, "FromSqlRaw"), (9, "FromSqlInterpolated"), (10, "FromSql"), (11, "ExecuteSqlRawAsync"),
                (12, "ExecuteSqlInterpolated"), (13, "ExecuteUpdateAsync"), (14, "ExecuteDeleteAsync"), (15, "SqlQuery"), (16, "SqlQueryRaw"),
                (18, "IgnoreQueryFilters"),
            ],
            findings.Select(f => (f.Line, f.Api)));
        Assert.All(findings, f => Assert.Equal("Planted/Leaky.cs", f.File));
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(file =>
            {
                var parts = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
                return !parts.Any(p => p is "bin" or "obj" or "Migrations" or "node_modules");
            })
            .Order(StringComparer.Ordinal);

    private static string Relative(string file) => Path.GetRelativePath(RepoRoot.Path, file).Replace('\\', '/');
}

public sealed record FilterBypass(string File, int Line, string Api, string Text);

/// <summary>
/// Finds the EF Core APIs that bypass query filters in C# source text, by name as a whole word: calls, method groups,
/// <c>using static</c> calls, and mentions in comments too (an allow-list entry settles a harmless mention).
/// </summary>
public static partial class FilterBypassScanner
{
    public static IReadOnlyList<FilterBypass> Scan(string file, string source)
    {
        var findings = new List<FilterBypass>();
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in Pattern().Matches(lines[i]))
            {
                findings.Add(new FilterBypass(file, i + 1, match.Groups["api"].Value, lines[i].Trim()));
            }
        }

        return findings;
    }

    [GeneratedRegex(
        @"\b(?<api>IgnoreQueryFilters|FromSql(?:Raw|Interpolated)?|ExecuteSql(?:Raw|Interpolated)?(?:Async)?"
        + @"|ExecuteUpdate(?:Async)?|ExecuteDelete(?:Async)?|SqlQuery(?:Raw)?)\b")]
    private static partial Regex Pattern();
}
