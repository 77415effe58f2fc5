using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// For <c>dotnet ef migrations add</c>: builds a module context for the provider named by the
/// <c>SALESSUITE_EF_PROVIDER</c> environment variable (Sqlite, Postgres, SqlServer). No database is opened.
/// </summary>
public static class DesignTimeContexts
{
    public static TContext Create<TContext>() where TContext : ModuleDbContext =>
        Create<TContext>(DatabaseProviders.Parse(Environment.GetEnvironmentVariable("SALESSUITE_EF_PROVIDER")));

    /// <summary>A context for <paramref name="provider"/> that never connects: for scripts and model checks.</summary>
    public static TContext Create<TContext>(DatabaseProvider provider) where TContext : ModuleDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        var assembly = typeof(TContext).Assembly.GetName().Name;
        var schema = ModuleSchemaNames.Get(typeof(TContext));
        var history = "__migrations_" + schema;
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(assembly).MigrationsHistoryTable(history)),
            DatabaseProvider.Postgres => builder.UseNpgsql("Host=localhost", o => o.MigrationsAssembly(assembly).MigrationsHistoryTable(history, schema)),
            _ => builder.UseSqlServer("Server=localhost", o => o.MigrationsAssembly(assembly).MigrationsHistoryTable(history, schema)),
        };
        builder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        var tenant = new TenantContext();
        tenant.Set(new TenantInfo("design-time", "design-time", [], []));
        var context = (TContext)Activator.CreateInstance(typeof(TContext), builder.Options, tenant, TimeProvider.System)!;
        context.Access = Security.AccessGrant.System;
        return context;
    }
}
