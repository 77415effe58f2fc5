using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesSuite.SharedKernel.Data;
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

            if (query.Contains("opportunities", StringComparison.Ordinal))
            {
                var nodes = await NestedAsync(db, tenant);
                await JsonSerializer.SerializeAsync(http.Response.Body, new { data = new { opportunities = new { nodes } } }, Json);
                return;
            }

            await JsonSerializer.SerializeAsync(http.Response.Body, new { data = new { __typename = "Query" } }, Json);
        });
        await app.RunAsync();
    }

    /// <summary>
    /// The newest 100 opportunities with stage, customer, owner, and orders (newest first) with their lines: one EF Core query
    /// with <c>Include</c>s, split per collection, as one would write it by hand over one database.
    /// </summary>
    private static async Task<IEnumerable<object>> NestedAsync(BaselineDb db, string tenant)
    {
        var page = await db.Opportunities.Where(o => o.TenantId == tenant).OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id).Take(100)
            .Include(o => o.Stage).Include(o => o.Customer).Include(o => o.Owner)
            .Include(o => o.Orders.OrderByDescending(x => x.CreatedAt)).ThenInclude(x => x.Lines)
            .AsSplitQuery().ToListAsync();
        return page.Select(o => new
        {
            title = o.Title,
            amount = Scaled.To(o.AmountScaled),
            stage = new { name = o.Stage.Name },
            customer = o.Customer is { } c ? new { name = c.Name, level = c.Level } : null,
            owner = o.Owner is { } r ? new { name = r.Name } : null,
            orders = o.Orders.Select(x => new
            {
                number = x.Number,
                total = x.Lines.Sum(l => l.Net + Scaled.Cents(l.Net * l.TaxRate / 100m)), // as the Orders module computes it
                lines = x.Lines.OrderBy(l => l.Position).Select(l => new { description = l.Description, quantity = Scaled.To(l.QuantityScaled), net = l.Net }),
            }),
        });
    }
}

internal sealed class BaselineDb(DbContextOptions<BaselineDb> options) : DbContext(options)
{
    public DbSet<BaselineCustomer> Customers => Set<BaselineCustomer>();

    public DbSet<BaselineOpportunity> Opportunities => Set<BaselineOpportunity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BaselineCustomer>().ToTable("customers_Customers");
        modelBuilder.Entity<BaselineStage>().ToTable("opportunities_Stages");
        modelBuilder.Entity<BaselineRep>().ToTable("team_Reps");
        modelBuilder.Entity<BaselineOrder>().ToTable("orders_Orders");
        modelBuilder.Entity<BaselineOrderLine>().ToTable("orders_Lines");
        modelBuilder.Entity<BaselineOpportunity>(o =>
        {
            o.ToTable("opportunities_Opportunities");
            o.HasOne(x => x.Stage).WithMany().HasForeignKey(x => x.StageId);
            o.HasOne(x => x.Customer).WithMany().HasForeignKey(x => x.CustomerId);
            o.HasOne(x => x.Owner).WithMany().HasForeignKey(x => new { x.TenantId, x.OwnerId }).HasPrincipalKey(r => new { r.TenantId, r.UserId });
            o.HasMany(x => x.Orders).WithOne().HasForeignKey(x => x.OpportunityId);
        });
        modelBuilder.Entity<BaselineOrder>().HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.OrderId);
    }
}

internal sealed class BaselineCustomer
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Level { get; set; }

    public long? ArchivedAt { get; set; }
}

internal sealed class BaselineOpportunity
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public long AmountScaled { get; set; }

    public Guid StageId { get; set; }

    public BaselineStage Stage { get; set; } = null!;

    public Guid CustomerId { get; set; }

    public BaselineCustomer? Customer { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    public BaselineRep? Owner { get; set; }

    public long CreatedAt { get; set; }

    public List<BaselineOrder> Orders { get; set; } = [];
}

internal sealed class BaselineStage
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;
}

internal sealed class BaselineRep
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}

internal sealed class BaselineOrder
{
    public Guid Id { get; set; }

    public Guid? OpportunityId { get; set; }

    public string? Number { get; set; }

    public long CreatedAt { get; set; }

    public List<BaselineOrderLine> Lines { get; set; } = [];
}

internal sealed class BaselineOrderLine
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public int Position { get; set; }

    public string Description { get; set; } = string.Empty;

    public long QuantityScaled { get; set; }

    public long UnitPriceScaled { get; set; }

    public decimal Discount { get; set; }

    public decimal TaxRate { get; set; }

    public decimal Net => Scaled.Cents(Scaled.To(QuantityScaled) * Scaled.To(UnitPriceScaled) * (1 - (Discount / 100m)));
}
