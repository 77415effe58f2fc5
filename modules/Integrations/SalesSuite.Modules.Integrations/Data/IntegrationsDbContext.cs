using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Integrations.Data;

/// <summary>Webhook endpoints (audited), and the messages, deliveries and attempts that the sender writes (not audited).</summary>
[ModuleSchema("integrations")]
internal sealed class IntegrationsDbContext(DbContextOptions<IntegrationsDbContext> options)
    : ModuleDbContext(options)
{
    public DbSet<WebhookEndpoint> Endpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookMessage> Messages => Set<WebhookMessage>();

    public DbSet<WebhookDelivery> Deliveries => Set<WebhookDelivery>();

    public DbSet<WebhookAttempt> Attempts => Set<WebhookAttempt>();

    public DbSet<WebhookSequence> Sequences => Set<WebhookSequence>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WebhookEndpoint>(e =>
        {
            e.ToTable("WebhookEndpoints");
            e.HasKey(x => x.Id);
            e.Property(x => x.Url).HasMaxLength(WebhookEndpoint.MaxUrlLength).IsRequired();
            e.Property(x => x.Description).HasMaxLength(WebhookEndpoint.MaxDescriptionLength);
            e.Property<string?>(nameof(WebhookEndpoint.Secret)).IsProtected(64).IsRequired();
            e.Property(x => x.PreviousSecret).IsProtected(64);
            e.Property(x => x.DisabledReason).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(64).IsRequired();
            e.HasIndex(x => new { x.TenantId, x.CreatedAt });
        });
        modelBuilder.Entity<WebhookMessage>(m =>
        {
            m.ToTable("WebhookMessages");
            m.HasKey(x => x.Id);
            m.Property(x => x.EventType).HasMaxLength(100).IsRequired();
            m.Ignore(x => x.WebhookId);
            m.HasIndex(x => new { x.TenantId, x.Sequence }).IsUnique();
            m.IsNotAudited();
        });
        modelBuilder.Entity<WebhookDelivery>(d =>
        {
            d.ToTable("WebhookDeliveries");
            d.HasKey(x => x.Id);
            d.Property(x => x.EventType).HasMaxLength(100).IsRequired();
            d.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.LastError).HasMaxLength(1000);
            d.HasIndex(x => new { x.TenantId, x.Status, x.NextAttemptAt });
            d.HasIndex(x => new { x.TenantId, x.EndpointId, x.CreatedAt });
            d.HasIndex(x => new { x.TenantId, x.MessageId, x.EndpointId }).IsUnique();
            d.IsNotAudited();
        });
        modelBuilder.Entity<WebhookAttempt>(a =>
        {
            a.ToTable("WebhookAttempts");
            a.HasKey(x => x.Id);
            a.Property(x => x.Error).HasMaxLength(1000);
            a.Property(x => x.Response).HasMaxLength(1000);
            a.HasIndex(x => new { x.TenantId, x.DeliveryId, x.Number });
            a.IsNotAudited();
        });
        modelBuilder.Entity<WebhookSequence>(s =>
        {
            s.ToTable("WebhookSequences");
            s.HasKey(x => x.Id);
            s.Property(x => x.Last).IsConcurrencyToken();
            s.HasIndex(x => x.TenantId).IsUnique();
            s.IsNotAudited();
        });
    }
}

internal sealed class IntegrationsDesignTimeFactory : IDesignTimeDbContextFactory<IntegrationsDbContext>
{
    public IntegrationsDbContext CreateDbContext(string[] args) => DesignTimeContexts.Create<IntegrationsDbContext>();
}
