using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Data;

/// <summary>The reporting read model: facts and dimensions fed by other modules' integration events, never by their tables.</summary>
[ModuleSchema("reporting")]
internal sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options, ITenantContext tenant, TimeProvider clock)
    : ModuleDbContext(options, tenant, clock)
{
    public DbSet<SalesLine> SalesLines => Set<SalesLine>();

    public DbSet<IntentModelRecord> IntentModels => Set<IntentModelRecord>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SalesLine>(l =>
        {
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).ValueGeneratedNever();
            l.Property(x => x.OwnerId).HasMaxLength(64).IsRequired();
            l.Property(x => x.ProductKey).HasMaxLength(200).IsRequired();
            l.Property(x => x.ProductName).HasMaxLength(200).IsRequired();
            l.HasIndex(x => new { x.TenantId, x.Day });
            l.HasIndex(x => new { x.TenantId, x.OrderId });
            l.HasIndex(x => new { x.TenantId, x.OwnerId, x.Day });
        });
        modelBuilder.Entity<IntentModelRecord>(m =>
        {
            m.HasKey(x => x.Id);
            m.Ignore(x => x.Model);
            m.Property(x => x.Key).HasMaxLength(32).IsRequired();
            m.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            m.Property(x => x.Message).HasMaxLength(1000).IsRequired();
            m.HasIndex(x => new { x.TenantId, x.Key }).IsUnique();
        });
    }
}

internal sealed class ReportingDesignTimeFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) => DesignTimeContexts.Create<ReportingDbContext>();
}
