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

    public DbSet<OpportunityFact> Opportunities => Set<OpportunityFact>();

    public DbSet<OpportunityMeasure> OpportunityMeasures => Set<OpportunityMeasure>();

    public DbSet<StageEntry> StageEntries => Set<StageEntry>();

    public DbSet<CustomerDimension> Customers => Set<CustomerDimension>();

    public DbSet<RepDimension> Reps => Set<RepDimension>();

    public DbSet<TeamDimension> Teams => Set<TeamDimension>();

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
        modelBuilder.Entity<OpportunityFact>(o =>
        {
            o.HasKey(x => x.Id);
            o.Property(x => x.OwnerId).HasMaxLength(64).IsRequired();
            o.Property(x => x.Stage).HasMaxLength(100).IsRequired();
            o.Property(x => x.Status).HasMaxLength(8).IsRequired();
            o.Property(x => x.Source).HasMaxLength(100);
            o.HasIndex(x => new { x.TenantId, x.OpportunityId }).IsUnique();
            o.HasIndex(x => new { x.TenantId, x.Status, x.OwnerId });
        });
        modelBuilder.Entity<OpportunityMeasure>(m =>
        {
            m.HasKey(x => x.Id);
            m.Property(x => x.OwnerId).HasMaxLength(64).IsRequired();
            m.HasIndex(x => new { x.TenantId, x.Day });
            m.HasIndex(x => new { x.TenantId, x.OpportunityId });
        });
        modelBuilder.Entity<StageEntry>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.OwnerId).HasMaxLength(64).IsRequired();
            e.Property(x => x.Stage).HasMaxLength(100).IsRequired();
            e.Property(x => x.Kind).HasMaxLength(8).IsRequired();
            e.HasIndex(x => new { x.TenantId, x.Day });
            e.HasIndex(x => new { x.TenantId, x.OpportunityId });
            e.HasIndex(x => new { x.TenantId, x.StageChangeId }).IsUnique();
        });
        modelBuilder.Entity<CustomerDimension>(c =>
        {
            c.ToTable("CustomerDimension");
            c.HasKey(x => x.Id);
            c.Property(x => x.Name).HasMaxLength(200).IsRequired();
            c.Property(x => x.Level).HasMaxLength(32);
            c.Property(x => x.Source).HasMaxLength(100);
            c.Property(x => x.Region).HasMaxLength(100);
            c.Property(x => x.OwnerId).HasMaxLength(64).IsRequired();
            c.HasIndex(x => new { x.TenantId, x.CustomerId }).IsUnique();
        });
        modelBuilder.Entity<RepDimension>(r =>
        {
            r.ToTable("RepDimension");
            r.HasKey(x => x.Id);
            r.Property(x => x.UserId).HasMaxLength(64).IsRequired();
            r.Property(x => x.Name).HasMaxLength(200).IsRequired();
            r.Property(x => x.Territory).HasMaxLength(100);
            r.Property(x => x.ManagerUserId).HasMaxLength(64);
            r.HasIndex(x => new { x.TenantId, x.UserId }).IsUnique();
        });
        modelBuilder.Entity<TeamDimension>(t =>
        {
            t.ToTable("TeamDimension");
            t.HasKey(x => x.Id);
            t.Property(x => x.Name).HasMaxLength(100).IsRequired();
            t.HasIndex(x => new { x.TenantId, x.TeamId }).IsUnique();
        });
    }
}

internal sealed class ReportingDesignTimeFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) => DesignTimeContexts.Create<ReportingDbContext>();
}
