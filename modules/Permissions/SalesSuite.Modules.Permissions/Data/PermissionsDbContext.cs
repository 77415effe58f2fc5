using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SalesSuite.Modules.Permissions.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Permissions.Data;

[ModuleSchema("permissions")]
internal sealed class PermissionsDbContext(DbContextOptions<PermissionsDbContext> options)
    : ModuleDbContext(options)
{
    public DbSet<RoleDefinition> Roles => Set<RoleDefinition>();

    public DbSet<UserRole> UserRoles => Set<UserRole>();

    public DbSet<TokenRoles> TokenRoles => Set<TokenRoles>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RoleDefinition>(r =>
        {
            r.HasKey(x => x.Id);
            r.Property(x => x.Name).HasMaxLength(64).IsRequired();
            r.Property(x => x.Scope).HasConversion<string>().HasMaxLength(16);
            r.HasIndex(x => new { x.TenantId, x.Name }).IsUnique();
        });
        modelBuilder.Entity<UserRole>(u =>
        {
            u.HasKey(x => x.Id);
            u.Property(x => x.UserId).HasMaxLength(64).IsRequired();
            u.Property(x => x.Role).HasMaxLength(64).IsRequired();
            u.HasIndex(x => new { x.TenantId, x.UserId, x.Role }).IsUnique();
        });
        modelBuilder.Entity<TokenRoles>(t =>
        {
            t.HasKey(x => x.Id);
            t.Property(x => x.UserId).HasMaxLength(64).IsRequired();
            t.HasIndex(x => new { x.TenantId, x.UserId }).IsUnique();
        });
    }
}

internal sealed class PermissionsDesignTimeFactory : IDesignTimeDbContextFactory<PermissionsDbContext>
{
    public PermissionsDbContext CreateDbContext(string[] args) => DesignTimeContexts.Create<PermissionsDbContext>();
}
