using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Automation.Data;

/// <summary>Assignment rules, their round-robin cursors and the assignment log; reminders and stall settings.</summary>
[ModuleSchema("automation")]
internal sealed class AutomationDbContext(DbContextOptions<AutomationDbContext> options)
    : ModuleDbContext(options)
{
    public DbSet<AssignmentRule> Rules => Set<AssignmentRule>();

    public DbSet<RoundRobinCursor> Cursors => Set<RoundRobinCursor>();

    public DbSet<AssignmentLogEntry> AssignmentLog => Set<AssignmentLogEntry>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<StallSetting> StallSettings => Set<StallSetting>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AssignmentRule>(r =>
        {
            r.HasKey(x => x.Id);
            r.Property(x => x.Name).HasMaxLength(200).IsRequired();
            r.Property(x => x.TargetUserId).HasMaxLength(64);
            r.Property(x => x.MinValue).HasPrecision(18, 4);
            r.Property(x => x.Strategy).HasConversion<string>().HasMaxLength(20);
            r.HasIndex(x => new { x.TenantId, x.Position });
        });
        modelBuilder.Entity<RoundRobinCursor>(c =>
        {
            c.HasKey(x => x.Id);
            c.Property(x => x.LastUserId).HasMaxLength(64).IsRequired();
            c.HasIndex(x => new { x.TenantId, x.RuleId }).IsUnique();
        });
        modelBuilder.Entity<AssignmentLogEntry>(l =>
        {
            l.ToTable("AssignmentLog");
            l.HasKey(x => x.Id);
            l.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            l.Property(x => x.RuleName).HasMaxLength(200).IsRequired();
            l.Property(x => x.OwnerId).HasMaxLength(64).IsRequired();
            l.Property(x => x.Reason).HasMaxLength(1000).IsRequired();
            l.HasIndex(x => new { x.TenantId, x.RecordId });
        });
        modelBuilder.Entity<Reminder>(r =>
        {
            r.HasKey(x => x.Id);
            r.Property(x => x.Kind).HasMaxLength(20).IsRequired();
            r.Property(x => x.RecordType).HasMaxLength(50).IsRequired();
            r.Property(x => x.UserId).HasMaxLength(64).IsRequired();
            r.Property(x => x.Title).HasMaxLength(500).IsRequired();
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            r.HasIndex(x => new { x.TenantId, x.Kind, x.RecordId, x.UserId }).IsUnique();
            r.HasIndex(x => new { x.TenantId, x.UserId, x.Status, x.DueAt });
        });
        modelBuilder.Entity<StallSetting>(s =>
        {
            s.HasKey(x => x.Id);
            s.HasIndex(x => new { x.TenantId, x.StageId }).IsUnique();
        });
    }
}

internal sealed class AutomationDesignTimeFactory : IDesignTimeDbContextFactory<AutomationDbContext>
{
    public AutomationDbContext CreateDbContext(string[] args) => DesignTimeContexts.Create<AutomationDbContext>();
}
