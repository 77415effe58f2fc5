using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Team.Data;

[ModuleSchema("team")]
internal sealed class TeamDbContext(DbContextOptions<TeamDbContext> options)
    : ModuleDbContext(options)
{
    public DbSet<SalesRep> Reps => Set<SalesRep>();

    public DbSet<SalesTeam> Teams => Set<SalesTeam>();

    public DbSet<TrainingRecord> Trainings => Set<TrainingRecord>();

    public DbSet<SalesTarget> Targets => Set<SalesTarget>();

    /// <summary>Every save that adds or regroups a rep or names a team tells the read models (<see cref="TeamEvents"/>).</summary>
    protected override Task OnSavingAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in ChangeTracker.Entries<SalesTeam>().Where(e => e.State != EntityState.Deleted && Changed(e, nameof(SalesTeam.Name))).ToList())
        {
            Publish(TeamEvents.Changed(entry.Entity, Now));
        }

        foreach (var entry in ChangeTracker.Entries<SalesRep>().Where(e => e.State != EntityState.Deleted && Changed(e, TeamEvents.Reported)).ToList())
        {
            Publish(TeamEvents.Changed(entry.Entity, Now));
        }

        return Task.CompletedTask;
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SalesRep>(r =>
        {
            r.HasKey(x => x.Id);
            r.Ignore(x => x.UserId);
            r.Ignore(x => x.Active);
            r.Property(x => x.OwnerId).HasColumnName("UserId").HasMaxLength(64).IsRequired();
            r.Property(x => x.Name).HasMaxLength(200).IsRequired();
            r.Property(x => x.Email).HasMaxLength(254);
            r.Property(x => x.Title).HasMaxLength(100);
            r.Property(x => x.Territory).HasMaxLength(100);
            r.Property(x => x.ManagerUserId).HasMaxLength(64);
            r.HasIndex(x => new { x.TenantId, x.OwnerId }).IsUnique();
            r.HasIndex(x => new { x.TenantId, x.ManagerUserId });
        });
        modelBuilder.Entity<TrainingRecord>(t =>
        {
            t.ToTable("Trainings");
            t.HasKey(x => x.Id);
            t.Property(x => x.OwnerId).HasColumnName("UserId").HasMaxLength(64).IsRequired();
            t.Property(x => x.Course).HasMaxLength(200).IsRequired();
            t.Property(x => x.Score).HasPrecision(5, 2);
            t.Property(x => x.RecordedBy).HasMaxLength(64).IsRequired();
            t.HasIndex(x => new { x.TenantId, x.OwnerId, x.Date });
        });
        modelBuilder.Entity<SalesTarget>(t =>
        {
            t.ToTable("Targets");
            t.HasKey(x => x.Id);
            t.Ignore(x => x.Period);
            t.Property(x => x.RepUserId).HasMaxLength(64);
            t.Property(x => x.SubjectKey).HasMaxLength(80).IsRequired();
            t.Property(x => x.PeriodKind).HasConversion<string>().HasMaxLength(8);
            t.Property(x => x.Amount).HasPrecision(18, 2);
            t.Property(x => x.BaseCurrency).HasMaxLength(3).IsRequired();
            t.Property(x => x.SetBy).HasMaxLength(64).IsRequired();
            t.HasIndex(x => new { x.TenantId, x.SubjectKey, x.Year, x.PeriodKind, x.PeriodNumber }).IsUnique();
            t.HasIndex(x => new { x.TenantId, x.Year, x.PeriodKind, x.PeriodNumber });
        });
        modelBuilder.Entity<SalesTeam>(t =>
        {
            t.ToTable("Teams");
            t.HasKey(x => x.Id);
            t.Property(x => x.Name).HasMaxLength(100).IsRequired();
            t.Property(x => x.Description).HasMaxLength(500);
            t.HasIndex(x => new { x.TenantId, x.Name }).IsUnique();
        });
    }
}

internal sealed class TeamDesignTimeFactory : IDesignTimeDbContextFactory<TeamDbContext>
{
    public TeamDbContext CreateDbContext(string[] args) => DesignTimeContexts.Create<TeamDbContext>();
}
