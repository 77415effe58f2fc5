using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Benchmarks.Baseline;

/// <summary>
/// The plain endpoint the host is measured against (scripts/bench-host.sh): a minimal API on the same SQLite file that
/// answers the benchmark's GraphQL requests with the same JSON, from a hand-written EF Core query (a pooled context, no
/// tracking, the selected columns only) and no GraphQL engine, authentication or access rules. It is the limit.
/// Usage: <c>SalesSuite.Benchmarks baseline-server --urls http://127.0.0.1:port --db file --tenant demo</c>.
/// </summary>
internal static class BaselineServer
{
    /// <summary>As the host writes JSON (names with an apostrophe or an ampersand stay as they are).</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task RunAsync(string[] args)
    {
        string Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault()
            ?? throw new ArgumentException($"baseline-server needs {name}");
        var tenant = Option("--tenant");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(Option("--urls"));
        builder.Services.AddDbContextPool<BaselineDb>(o => o
            .UseSqlite($"Data Source={Option("--db")}")
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        var app = builder.Build();
        app.MapPost("/graphql", async (HttpContext http, BaselineDb db) =>
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            var query = body.RootElement.GetProperty("query").GetString() ?? string.Empty;
            http.Response.ContentType = "application/json";
            if (query.Contains("customers", StringComparison.Ordinal))
            {
                var customers = db.Customers.Where(c => c.TenantId == tenant && c.ArchivedAt == null);
                var total = await customers.CountAsync();
                var page = await customers.OrderBy(c => c.Id).Take(50).Select(c => new { c.Id, c.Name, c.Level }).ToListAsync();
                await JsonSerializer.SerializeAsync(http.Response.Body, new
                {
                    data = new
                    {
                        customers = new
                        {
                            totalCount = total,
                            nodes = page.Select(c => new { id = GlobalId.Encode("Customer", c.Id), name = c.Name, level = c.Level })
                        }
                    },
                }, Json);
                return;
            }

            await JsonSerializer.SerializeAsync(http.Response.Body, new { data = new { __typename = "Query" } }, Json);
        });
        await app.RunAsync();
    }
}

internal sealed class BaselineDb(DbContextOptions<BaselineDb> options) : DbContext(options)
{
    public DbSet<BaselineCustomer> Customers => Set<BaselineCustomer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<BaselineCustomer>().ToTable("customers_Customers");
}

internal sealed class BaselineCustomer
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Level { get; set; }

    public long? ArchivedAt { get; set; }
}
