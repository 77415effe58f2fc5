using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Design;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Orders.Data;

[ModuleSchema("orders")]
internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options)
    : ModuleDbContext(options)
{
    public DbSet<Product> Products => Set<Product>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> Lines => Set<OrderLine>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<Shipment> Shipments => Set<Shipment>();

    public DbSet<NumberSequence> Sequences => Set<NumberSequence>();

    public DbSet<CurrencySettings> Currencies => Set<CurrencySettings>();

    public DbSet<ExchangeRate> Rates => Set<ExchangeRate>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Product>(p =>
        {
            p.HasKey(x => x.Id);
            p.Property(x => x.Sku).HasMaxLength(64).IsRequired();
            p.Property(x => x.Name).HasMaxLength(200).IsRequired();
            p.Property(x => x.Currency).HasMaxLength(3).IsRequired();
            p.Property(x => x.TaxRate).HasPrecision(7, 4);
            p.HasIndex(x => new { x.TenantId, x.Sku }).IsUnique();
        });
        modelBuilder.Entity<Order>(o =>
        {
            o.HasKey(x => x.Id);
            o.Ignore(x => x.Net);
            o.Ignore(x => x.Tax);
            o.Ignore(x => x.Total);
            o.Ignore(x => x.Paid);
            o.Ignore(x => x.Outstanding);
            o.Ignore(x => x.FullyShipped);
            o.Ignore(x => x.TotalInBase);
            o.Property(x => x.RateToBase).HasPrecision(20, 10);
            o.Property(x => x.BaseCurrency).HasMaxLength(3);
            o.Property(x => x.Number).HasMaxLength(32);
            o.Property(x => x.OwnerId).HasMaxLength(64).IsRequired();
            o.Property(x => x.Currency).HasMaxLength(3).IsRequired();
            o.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            o.Property(x => x.Notes).HasMaxLength(4000);
            o.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
            o.HasIndex(x => new { x.TenantId, x.Number }).IsUnique();
            o.HasIndex(x => new { x.TenantId, x.CustomerId });
            o.HasIndex(x => new { x.TenantId, x.OpportunityId }); // an opportunity's orders (the nested page loads them for 100 at once)
            o.HasIndex(x => new { x.TenantId, x.OwnerId, x.Status });
            o.HasIndex(x => new { x.TenantId, x.ConfirmedOn });
        });
        modelBuilder.Entity<OrderLine>(l =>
        {
            l.HasKey(x => x.Id);
            l.Ignore(x => x.Quantity);
            l.Ignore(x => x.UnitPrice);
            l.Ignore(x => x.Net);
            l.Ignore(x => x.Tax);
            l.Property(x => x.Sku).HasMaxLength(64);
            l.Property(x => x.Description).HasMaxLength(500).IsRequired();
            l.Property(x => x.Discount).HasPrecision(7, 4);
            l.Property(x => x.TaxRate).HasPrecision(7, 4);
            l.Property(x => x.Attributes).HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, (JsonSerializerOptions?)null) ?? new(),
                new ValueComparer<Dictionary<string, string>>(
                    (a, b) => JsonSerializer.Serialize(a, (JsonSerializerOptions?)null) == JsonSerializer.Serialize(b, (JsonSerializerOptions?)null),
                    v =>
                        JsonSerializer.Serialize(v, (JsonSerializerOptions?)null).GetHashCode(StringComparison.Ordinal), v =>
                            new Dictionary<string, string>(v))).HasMaxLength(4000);
            l.HasIndex(x => new { x.TenantId, x.OrderId });
            l.HasQueryFilter(AccessFilterName, x => Orders.Any(o => o.Id == x.OrderId));
        });
        modelBuilder.Entity<Payment>(p =>
        {
            p.HasKey(x => x.Id);
            p.Property(x => x.Reference).HasMaxLength(100);
            p.Property(x => x.RecordedBy).HasMaxLength(64).IsRequired();
            p.HasOne<Order>().WithMany().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
            p.HasIndex(x => new { x.TenantId, x.OrderId });
            p.HasQueryFilter(AccessFilterName, x => Orders.Any(o => o.Id == x.OrderId));
        });
        modelBuilder.Entity<Shipment>(s =>
        {
            s.HasKey(x => x.Id);
            s.Property(x => x.Reference).HasMaxLength(100);
            s.Property(x => x.RecordedBy).HasMaxLength(64).IsRequired();
            s.Property(x => x.Quantities).HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<Dictionary<string, decimal>>(v, (JsonSerializerOptions?)null) ?? new(),
                new ValueComparer<Dictionary<string, decimal>>(
                    (a, b) => JsonSerializer.Serialize(a, (JsonSerializerOptions?)null) == JsonSerializer.Serialize(b, (JsonSerializerOptions?)null),
                    v =>
                        JsonSerializer.Serialize(v, (JsonSerializerOptions?)null).GetHashCode(StringComparison.Ordinal), v =>
                            new Dictionary<string, decimal>(v))).HasMaxLength(8000);
            s.HasOne<Order>().WithMany().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
            s.HasIndex(x => new { x.TenantId, x.OrderId });
            s.HasQueryFilter(AccessFilterName, x => Orders.Any(o => o.Id == x.OrderId));
        });
        modelBuilder.Entity<CurrencySettings>(c =>
        {
            c.HasKey(x => x.Id);
            c.Property(x => x.Key).HasMaxLength(16).IsRequired();
            c.Property(x => x.BaseCurrency).HasMaxLength(3).IsRequired();
            c.HasIndex(x => new { x.TenantId, x.Key }).IsUnique();
        });
        modelBuilder.Entity<ExchangeRate>(r =>
        {
            r.HasKey(x => x.Id);
            r.Property(x => x.Currency).HasMaxLength(3).IsRequired();
            r.Property(x => x.Rate).HasPrecision(20, 10);
            r.HasIndex(x => new { x.TenantId, x.Currency, x.Date }).IsUnique();
        });
        modelBuilder.Entity<NumberSequence>(n =>
        {
            n.HasKey(x => x.Id);
            n.Property(x => x.Name).HasMaxLength(32).IsRequired();
            n.HasIndex(x => new { x.TenantId, x.Name }).IsUnique();
        });
    }
}

internal sealed class OrdersDesignTimeFactory : IDesignTimeDbContextFactory<OrdersDbContext>
{
    public OrdersDbContext CreateDbContext(string[] args) => DesignTimeContexts.Create<OrdersDbContext>();
}
