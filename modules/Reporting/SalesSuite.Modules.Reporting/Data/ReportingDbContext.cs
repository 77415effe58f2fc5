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
    }
}

internal sealed class ReportingDesignTimeFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) => DesignTimeContexts.Create<ReportingDbContext>();
}
