using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// For <c>dotnet ef migrations add</c>: builds a module context for the provider named by the
/// <c>SALESSUITE_EF_PROVIDER</c> environment variable (Sqlite, Postgres, SqlServer). No database is opened. The providers are
/// the host's: <c>scripts/add-migration.sh</c> runs <c>dotnet ef</c> with the host as its startup project, and the engines are
/// taken from the loaded assemblies (<see cref="DatabaseEngines.RegisterFromLoadedAssemblies"/>) when none is registered.
/// </summary>
public static class DesignTimeContexts
{
    public static TContext Create<TContext>() where TContext : ModuleDbContext
    {
        if (DatabaseEngines.All.Count == 0)
        {
            DatabaseEngines.RegisterFromLoadedAssemblies();
        }

        return Create<TContext>(DatabaseProviders.Parse(Environment.GetEnvironmentVariable("SALESSUITE_EF_PROVIDER")));
    }

    /// <summary>A context for <paramref name="provider"/> that never connects: for scripts and model checks.</summary>
    public static TContext Create<TContext>(DatabaseProvider provider) where TContext : ModuleDbContext =>
        Create<TContext>(provider, typeof(TContext).Assembly);

    /// <summary>The same, for a context whose migrations <paramref name="migrationsAssembly"/> ships (<see cref="MigrationsLocation"/>).</summary>
    public static TContext Create<TContext>(DatabaseProvider provider, Assembly migrationsAssembly) where TContext : ModuleDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        var engine = DatabaseEngines.For(provider);
        var schema = ModuleSchemaNames.Get(typeof(TContext));
        engine.Use(builder, new ContextDatabase(engine.DesignTimeConnectionString, migrationsAssembly.GetName().Name!, "__migrations_" + schema, schema));
        builder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        var tenant = new TenantContext();
        tenant.Set(new TenantInfo("design-time", "design-time", [], []));
        var context = ContextActivation<TContext>.CreateNew(builder.Options, tenant, TimeProvider.System);
        context.Lease(tenant, TimeProvider.System, Security.AccessGrant.System, auditContext: null);
        return context;
    }
}
