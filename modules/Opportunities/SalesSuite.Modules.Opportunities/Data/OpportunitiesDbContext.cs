using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Opportunities.Data;

[ModuleSchema("opportunities")]
internal sealed class OpportunitiesDbContext(DbContextOptions<OpportunitiesDbContext> options)
    : ModuleDbContext(options)
{
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();

    public DbSet<PipelineStage> Stages => Set<PipelineStage>();

    public DbSet<StageChange> StageChanges => Set<StageChange>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    /// <summary>Every save that moves an opportunity or changes its figures tells the read models (<see cref="OpportunityEvents"/>).</summary>
    protected override Task OnSavingAsync(CancellationToken cancellationToken) => OpportunityEvents.PublishAsync(this, Now, cancellationToken);

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PipelineStage>(s =>
        {
            s.HasKey(x => x.Id);
            s.Property(x => x.Name).HasMaxLength(100).IsRequired();
            s.Property(x => x.Kind).HasConversion<string>().HasMaxLength(8);
            s.HasIndex(x => new { x.TenantId, x.Name }).IsUnique();
        });
        modelBuilder.Entity<Opportunity>(o =>
        {
            o.HasKey(x => x.Id);
            o.Ignore(x => x.Amount);
            o.Property(x => x.Title).HasMaxLength(200).IsRequired();
            o.Property(x => x.Requirement).HasMaxLength(4000);
            o.Property(x => x.Currency).HasMaxLength(3).IsRequired();
            o.Ignore(x => x.AmountInBase);
            o.Property(x => x.RateToBase).HasPrecision(20, 10);
            o.Property(x => x.BaseCurrency).HasMaxLength(3);
            o.Property(x => x.Source).HasMaxLength(100);
            o.Property(x => x.OwnerId).HasMaxLength(64).IsRequired();
            o.Property(x => x.Status).HasConversion<string>().HasMaxLength(8);
            o.Property(x => x.CloseReason).HasMaxLength(500);
            o.HasOne<PipelineStage>().WithMany().HasForeignKey(x => x.StageId).OnDelete(DeleteBehavior.Restrict);
            o.HasIndex(x => new { x.TenantId, x.OwnerId, x.Status });
            o.HasIndex(x => new { x.TenantId, x.CustomerId });
            o.HasIndex(x => new { x.TenantId, x.StageId });
        });
        modelBuilder.Entity<StageChange>(c =>
        {
            c.HasKey(x => x.Id);
            c.Property(x => x.ActorId).HasMaxLength(64).IsRequired();
            c.HasOne<Opportunity>().WithMany().HasForeignKey(x => x.OpportunityId).OnDelete(DeleteBehavior.Cascade);
            c.HasIndex(x => new { x.TenantId, x.OpportunityId, x.At });
            c.HasQueryFilter(AccessFilterName, x => Opportunities.Any(o => o.Id == x.OpportunityId));
        });
        modelBuilder.Entity<Assignment>(a =>
        {
            a.HasKey(x => x.Id);
            a.Property(x => x.FromOwnerId).HasMaxLength(64);
            a.Property(x => x.ToOwnerId).HasMaxLength(64).IsRequired();
            a.Property(x => x.ActorId).HasMaxLength(64).IsRequired();
            a.Property(x => x.Reason).HasMaxLength(500);
            a.HasOne<Opportunity>().WithMany().HasForeignKey(x => x.OpportunityId).OnDelete(DeleteBehavior.Cascade);
            a.HasIndex(x => new { x.TenantId, x.OpportunityId, x.At });
            a.HasQueryFilter(AccessFilterName, x => Opportunities.Any(o => o.Id == x.OpportunityId));
        });
        modelBuilder.Entity<FollowUp>(f =>
        {
            f.HasKey(x => x.Id);
            f.Property(x => x.Note).HasMaxLength(4000).IsRequired();
            f.Property(x => x.ActorId).HasMaxLength(64).IsRequired();
            f.HasOne<Opportunity>().WithMany().HasForeignKey(x => x.OpportunityId).OnDelete(DeleteBehavior.Cascade);
            f.HasIndex(x => new { x.TenantId, x.OpportunityId, x.At });
            f.HasIndex(x => new { x.TenantId, x.NextFollowUpAt });
            f.HasQueryFilter(AccessFilterName, x => Opportunities.Any(o => o.Id == x.OpportunityId));
        });
    }
}

internal sealed class OpportunitiesDesignTimeFactory : IDesignTimeDbContextFactory<OpportunitiesDbContext>
{
    public OpportunitiesDbContext CreateDbContext(string[] args) => DesignTimeContexts.Create<OpportunitiesDbContext>();
}
