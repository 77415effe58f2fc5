using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Security.Tests;

/// <summary>
/// The kernel refuses, while building the model, a unique index on a tenant-owned entity that leaves TenantId
/// out: such an index would let one tenant learn, from a unique violation, what another tenant stores.
/// </summary>
public sealed class UniqueIndexGuardTests
{
    [Fact]
    public void A_unique_index_without_TenantId_stops_model_building_and_names_the_entity()
    {
        using var services = new ServiceCollection().AddTenantContext().BuildServiceProvider();
        using var scope = services.CreateScope();
        using var db = new PlantedLeakyContext(Options<PlantedLeakyContext>(), Tenant(scope), TimeProvider.System);

        var error = Assert.Throws<InvalidOperationException>(() => db.Model);

        Assert.Contains(nameof(PlantedWidget), error.Message, StringComparison.Ordinal);
        Assert.Contains("Code", error.Message, StringComparison.Ordinal);
        Assert.Contains("TenantId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_index_with_TenantId_first_builds()
    {
        using var services = new ServiceCollection().AddTenantContext().BuildServiceProvider();
        using var scope = services.CreateScope();
        using var db = new PlantedSafeContext(Options<PlantedSafeContext>(), Tenant(scope), TimeProvider.System);

        var index = Assert.Single(db.Model.FindEntityType(typeof(PlantedWidget))!.GetIndexes(), i => i.IsUnique);

        Assert.Equal(["TenantId", "Code"], index.Properties.Select(p => p.Name));
    }

    private static ITenantContext Tenant(IServiceScope scope)
    {
        var tenant = scope.ServiceProvider.GetRequiredService<ITenantContext>();
        tenant.Set(new TenantInfo("t", "t", [], []));
        return tenant;
    }

    private static DbContextOptions<T> Options<T>() where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseSqlite("Data Source=:memory:").Options;
}

public sealed class PlantedWidget : TenantEntity
{
    public string Code { get; set; } = string.Empty;
}

/// <summary>PLANTED: a unique index on Code alone, across tenants.</summary>
[ModuleSchema("planted")]
public sealed class PlantedLeakyContext(DbContextOptions<PlantedLeakyContext> options, ITenantContext tenant, TimeProvider clock)
    : ModuleDbContext(options, tenant, clock)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<PlantedWidget>(w =>
        {
            w.HasKey(x => x.Id);
            w.HasIndex(x => x.Code).IsUnique();
        });
}

[ModuleSchema("planted")]
public sealed class PlantedSafeContext(DbContextOptions<PlantedSafeContext> options, ITenantContext tenant, TimeProvider clock)
    : ModuleDbContext(options, tenant, clock)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<PlantedWidget>(w =>
        {
            w.HasKey(x => x.Id);
            w.HasIndex(x => new { x.TenantId, x.Code }).IsUnique();
        });
}
