using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Data;

/// <summary>The reporting read model: facts and dimensions fed by other modules' integration events, never by their tables.</summary>
[ModuleSchema("reporting")]
internal sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options)
    : ModuleDbContext(options)
{
    public DbSet<SalesLine> SalesLines => Set<SalesLine>();

    public DbSet<SalesDay> SalesDays => Set<SalesDay>();

    public DbSet<ReportTemplate> ReportTemplates => Set<ReportTemplate>();

    public DbSet<GeneratedReport> GeneratedReports => Set<GeneratedReport>();

    public DbSet<ReportFile> ReportFiles => Set<ReportFile>();

    public DbSet<ReportSchedule> ReportSchedules => Set<ReportSchedule>();

    public DbSet<OpportunityFact> Opportunities => Set<OpportunityFact>();

    public DbSet<OpportunityMeasure> OpportunityMeasures => Set<OpportunityMeasure>();

    public DbSet<StageEntry> StageEntries => Set<StageEntry>();

    public DbSet<CustomerDimension> Customers => Set<CustomerDimension>();

    public DbSet<RepDimension> Reps => Set<RepDimension>();

    public DbSet<TeamDimension> Teams => Set<TeamDimension>();

    public DbSet<IntentModelRecord> IntentModels => Set<IntentModelRecord>();

    public DbSet<ReadModelState> ModelState => Set<ReadModelState>();

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
        modelBuilder.Entity<SalesDay>(d =>
        {
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.Property(x => x.OwnerId).HasMaxLength(64).IsRequired();
            d.HasIndex(x => new { x.TenantId, x.OwnerId, x.Day }).IsUnique();
            d.HasIndex(x => new { x.TenantId, x.Day });
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
        modelBuilder.Entity<IntentModelRecord>(m =>
        {
            m.HasKey(x => x.Id);
            m.Ignore(x => x.Model);
            m.Property(x => x.Key).HasMaxLength(32).IsRequired();
            m.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            m.Property(x => x.Message).HasMaxLength(1000).IsRequired();
            m.HasIndex(x => new { x.TenantId, x.Key }).IsUnique();
        });
        modelBuilder.Entity<ReadModelState>(m =>
        {
            m.ToTable("ReadModelState");
            m.HasKey(x => x.Id);
            m.HasIndex(x => x.TenantId).IsUnique();
        });
        ConfigureDocuments(modelBuilder);
    }

    private static void ConfigureDocuments(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReportTemplate>(t =>
        {
            t.Property(x => x.Title).HasMaxLength(200).IsRequired();
            t.Property(x => x.Definition).IsRequired();
            t.Property(x => x.CreatedBy).HasMaxLength(64).IsRequired();
        });
        modelBuilder.Entity<GeneratedReport>(r =>
        {
            r.Property(x => x.OwnerId).HasMaxLength(64).IsRequired();
            r.Property(x => x.Title).HasMaxLength(200).IsRequired();
            r.Property(x => x.Charts).IsRequired();
            r.HasIndex(x => new { x.TenantId, x.OwnerId, x.CreatedAt });
            r.HasIndex(x => new { x.TenantId, x.ScheduleId, x.Slot });
        });
        modelBuilder.Entity<ReportFile>(f =>
        {
            f.Property(x => x.Format).HasMaxLength(8).IsRequired();
            f.Property(x => x.FileName).HasMaxLength(200).IsRequired();
            f.Property(x => x.ContentType).HasMaxLength(100).IsRequired();
            // The audit log notes that a file was stored, not its bytes.
            f.Property(x => x.Content).IsRequired().HasAnnotation(AuditTrail.SensitiveAnnotation, true);
            f.HasIndex(x => new { x.TenantId, x.ReportId, x.Format }).IsUnique();
        });
        modelBuilder.Entity<ReportSchedule>(s =>
        {
            s.Property(x => x.OwnerId).HasMaxLength(64).IsRequired();
            s.Property(x => x.Frequency).HasConversion<string>().HasMaxLength(16);
            s.Property(x => x.Roles).HasMaxLength(1000).IsRequired();
            s.Property(x => x.LastError).HasMaxLength(500);
            s.HasIndex(x => new { x.TenantId, x.NextRunAt });
        });
    }
}

internal sealed class ReportingDesignTimeFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) => DesignTimeContexts.Create<ReportingDbContext>();
}
