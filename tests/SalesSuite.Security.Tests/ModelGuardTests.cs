using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Security.Tests;

/// <summary>
/// The EF Core model of every module DbContext, as each database provider builds it (no database is opened):
/// the named query filters are on every entity that needs them, and no unique constraint spans tenants.
/// </summary>
public abstract class ModelGuards(DatabaseProvider provider)
{
    [Fact]
    public void Every_module_DbContext_is_found_by_reflection()
    {
        var names = ModuleContexts.All.Select(t => t.Name).ToList();

        Assert.Contains("CustomersDbContext", names);
        Assert.Contains("TeamDbContext", names);
        Assert.Contains("PermissionsDbContext", names);
        Assert.Contains("AuditDbContext", names);
    }

    [Theory]
    [MemberData(nameof(ModuleContexts.Names), MemberType = typeof(ModuleContexts))]
    public void Every_table_of_a_module_context_belongs_to_a_tenant(string context)
    {
        var model = ModelOf(context);

        // Owned types (e.g. Customer.Address) live in their owner's row and are filtered with it.
        var global = model.GetEntityTypes()
            .Where(e => !e.IsOwned() && !typeof(ITenantOwned).IsAssignableFrom(e.ClrType))
            .Select(e => e.DisplayName())
            .ToList();
        Assert.True(global.Count == 0, $"{provider}: entities that are not ITenantOwned, so have no tenant filter: {string.Join(", ", global)}");
    }

    [Theory]
    [MemberData(nameof(ModuleContexts.Names), MemberType = typeof(ModuleContexts))]
    public void Every_tenant_owned_entity_has_the_named_Tenant_filter_on_TenantId(string context)
    {
        var model = ModelOf(context);
        var tenantOwned = model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList();

        Assert.NotEmpty(tenantOwned);
        var missing = tenantOwned
            .Select(e => (Entity: e, Filter: FilterOf(FilteredRoot(e), ModuleDbContext.TenantFilterName)))
            .Where(x => x.Filter is null || !x.Filter.Expression!.ToString().Contains(nameof(ITenantOwned.TenantId), StringComparison.Ordinal))
            .Select(x => x.Entity.DisplayName())
            .ToList();
        Assert.True(missing.Count == 0,
            $"{provider}: tenant-owned entities without a '{ModuleDbContext.TenantFilterName}' filter on TenantId: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(ModuleContexts.Names), MemberType = typeof(ModuleContexts))]
    public void Every_owned_record_has_the_named_Access_filter(string context)
    {
        var model = ModelOf(context);

        var missing = model.GetEntityTypes()
            .Where(e => typeof(IOwnedRecord).IsAssignableFrom(e.ClrType))
            .Where(e => FilterOf(FilteredRoot(e), ModuleDbContext.AccessFilterName) is null)
            .Select(e => e.DisplayName())
            .ToList();
        Assert.True(missing.Count == 0, $"{provider}: owned records without an '{ModuleDbContext.AccessFilterName}' filter: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(ModuleContexts.Names), MemberType = typeof(ModuleContexts))]
    public void Every_unique_index_and_alternate_key_of_a_tenant_owned_entity_includes_TenantId(string context)
    {
        var model = ModelOf(context);

        var offending = new List<string>();
        foreach (var entity in model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)))
        {
            var uniques = entity.GetIndexes().Where(i => i.IsUnique).Select(i => ("unique index", i.Properties))
                .Concat(entity.GetKeys().Where(k => !k.IsPrimaryKey()).Select(k => ("alternate key", k.Properties)));
            foreach (var (kind, properties) in uniques)
            {
                if (properties.All(p => p.Name != nameof(ITenantOwned.TenantId)))
                {
                    offending.Add($"{kind} {entity.DisplayName()}({string.Join(", ", properties.Select(p => p.Name))})");
                }
            }
        }

        Assert.True(offending.Count == 0, $"{provider}: unique constraints that span tenants: {string.Join("; ", offending)}");
    }

    private IModel ModelOf(string context)
    {
        using var db = ModuleContexts.CreateDesignTime(ModuleContexts.Named(context), provider);
        Assert.Equal(provider, ((ModuleDbContext)db).Provider);
        return db.GetService<IDesignTimeModel>().Model;
    }

    /// <summary>Query filters live on the root of a hierarchy; an owned type is filtered through its owner.</summary>
    private static IReadOnlyEntityType FilteredRoot(IReadOnlyEntityType entity)
    {
        var current = entity;
        while (current.FindOwnership() is { } ownership)
        {
            current = ownership.PrincipalEntityType;
        }

        return current.GetRootType();
    }

    private static IQueryFilter? FilterOf(IReadOnlyEntityType entity, string name) =>
        entity.GetDeclaredQueryFilters().FirstOrDefault(f => f.Key == name);
}

public sealed class ModelGuardsForSqliteModel() : ModelGuards(DatabaseProvider.Sqlite);

public sealed class ModelGuardsForPostgresModel() : ModelGuards(DatabaseProvider.Postgres);

public sealed class ModelGuardsForSqlServerModel() : ModelGuards(DatabaseProvider.SqlServer);
