using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// Creates a module's DbContext for the current scope's tenant, on that tenant's database. One context per
/// resolver or loader: GraphQL resolvers run in parallel and a DbContext must never be shared between them.
/// </summary>
public sealed class ModuleDbContextFactory<TContext>(
    ITenantContext tenantContext,
    ICurrentAccess currentAccess,
    IAuditContext auditContext,
    DbContextOptionsCache optionsCache,
    TimeProvider clock)
    where TContext : ModuleDbContext
{
    /// <summary>A context that sees what the current user may see (the tenant's rows, within the user's record scope).</summary>
    public TContext Create()
    {
        _ = tenantContext.Tenant;
        var grant = currentAccess.Grant ?? throw new InvalidOperationException("No access grant is set for this scope.");
        return CreateContext(grant, auditContext, clock);
    }

    /// <summary>
    /// A context that sees all of the current tenant's rows, whoever the user is: for a module's own bookkeeping
    /// (e.g. the org chart that computes scopes), never for answering a user's query.
    /// </summary>
    public TContext CreateForSystem() => CreateContext(AccessGrant.System, null, clock);

    /// <summary>
    /// A system context whose stamps (created, updated) come from <paramref name="stampClock"/>: imported records written with
    /// the dates they had (see <see cref="DatedImport"/>), never for a user's change.
    /// </summary>
    public TContext CreateForSeeding(TimeProvider stampClock) => CreateContext(AccessGrant.System, null, stampClock);

    /// <summary>
    /// As <see cref="CreateForSystem"/>, but a context of its own, never taken from the pool nor returned to it: for a caller
    /// that gives it another connection (a restore shares one transaction between modules), which must end with this use.
    /// </summary>
    internal TContext CreateUnpooledForSystem()
    {
        var context = ContextActivation<TContext>.CreateNew(optionsCache.Get<TContext>(tenantContext.Tenant), tenantContext, clock);
        context.Lease(tenantContext, clock, AccessGrant.System, null);
        return context;
    }

    private TContext CreateContext(AccessGrant access, IAuditContext? audit, TimeProvider stampClock)
    {
        var context = optionsCache.Rent<TContext>(tenantContext, stampClock);
        context.Lease(tenantContext, stampClock, access, audit);
        return context;
    }
}

/// <summary>Builds and caches DbContext options per context type and tenant database.</summary>
public sealed class DbContextOptionsCache(
    IOptions<DatabaseOptions> databaseOptions,
    IEnumerable<IInterceptor> interceptors,
    IEnumerable<MigrationsLocation> migrationsLocations,
    ILoggerFactory loggerFactory)
{
    /// <summary>Idle contexts kept per context type and database; more are created under load, the surplus is dropped.</summary>
    public const int ContextPoolSize = 256;

    private readonly ConcurrentDictionary<(Type, DatabaseProvider, string), DbContextOptions> _cache = new();
    // Keyed by the options instance, one per context type and database (DbContextOptions compare by their settings, which two
    // context types may share, so they are compared by reference here).
    private readonly ConcurrentDictionary<DbContextOptions, object> _pools = new(ReferenceEqualityComparer.Instance);
    private readonly IInterceptor[] _interceptors = interceptors.ToArray();
    private readonly Dictionary<Type, Assembly> _migrationsAssemblies = migrationsLocations.ToDictionary(m => m.ContextType, m => m.Assembly);

    public (DatabaseProvider Provider, string ConnectionString) DatabaseFor(TenantInfo tenant)
    {
        var defaults = databaseOptions.Value;
        var provider = DatabaseProviders.Parse(tenant.Provider ?? defaults.Provider);
        var connectionString = tenant.ConnectionString ?? defaults.ConnectionString;
        return (provider, connectionString);
    }

    public DbContextOptions<TContext> Get<TContext>(TenantInfo tenant) where TContext : ModuleDbContext
    {
        var (provider, connectionString) = DatabaseFor(tenant);
        return (DbContextOptions<TContext>)_cache.GetOrAdd((typeof(TContext), provider, connectionString), key => Build<TContext>(key.Item2, key.Item3));
    }

    /// <summary>
    /// A context on the tenant's database: from the context type's pool when its only constructor takes its options (the module
    /// contexts do: this spares building EF Core's services for every resolver), else a new one. Disposing it returns it.
    /// </summary>
    internal TContext Rent<TContext>(ITenantContext tenantContext, TimeProvider clock) where TContext : ModuleDbContext
    {
        var options = Get<TContext>(tenantContext.Tenant);
        if (!ContextActivation<TContext>.Poolable)
        {
            return ContextActivation<TContext>.CreateNew(options, tenantContext, clock);
        }

        var pool = (PooledDbContextFactory<TContext>)_pools.GetOrAdd(options,
            o => new PooledDbContextFactory<TContext>((DbContextOptions<TContext>)o, ContextPoolSize));
        return pool.CreateDbContext();
    }

    private DbContextOptions<TContext> Build<TContext>(DatabaseProvider provider, string connectionString) where TContext : ModuleDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        var engine = DatabaseEngines.For(provider);
        var schema = ModuleSchemaNames.Get(typeof(TContext));
        engine.Use(builder, new ContextDatabase(engine.Prepare(connectionString), MigrationsAssemblyOf(typeof(TContext)).GetName().Name!,
            "__migrations_" + schema, schema, databaseOptions.Value.CommandTimeoutSeconds));
        builder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        builder.UseLoggerFactory(loggerFactory);
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        if (_interceptors.Length > 0)
        {
            builder.AddInterceptors(_interceptors);
        }

        return builder.Options;
    }

    /// <summary>The assembly that ships <paramref name="contextType"/>'s migrations: its own unless a <see cref="MigrationsLocation"/> names another.</summary>
    public Assembly MigrationsAssemblyOf(Type contextType) => _migrationsAssemblies.GetValueOrDefault(contextType) ?? contextType.Assembly;
}

/// <summary>How a context type is made: pooled when its only public constructor takes just its options (as EF Core's pool needs).</summary>
internal static class ContextActivation<TContext> where TContext : ModuleDbContext
{
    public static readonly bool Poolable = typeof(TContext).GetConstructors() is [var only]
        && only.GetParameters() is [var options] && typeof(DbContextOptions).IsAssignableFrom(options.ParameterType);

    private static readonly ObjectFactory Activate = Poolable ? null! :
        ActivatorUtilities.CreateFactory(typeof(TContext), [typeof(DbContextOptions<TContext>), typeof(ITenantContext), typeof(TimeProvider)]);

    private static TContext Create(DbContextOptions<TContext> options, ITenantContext tenantContext, TimeProvider clock) =>
        (TContext)Activate(EmptyServiceProvider.Instance, [options, tenantContext, clock]);

    /// <summary>A new context outside any pool, whichever constructor the type has.</summary>
    public static TContext CreateNew(DbContextOptions<TContext> options, ITenantContext tenantContext, TimeProvider clock) =>
        Poolable ? (TContext)Activator.CreateInstance(typeof(TContext), options)! : Create(options, tenantContext, clock);

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}

/// <summary>Finds a module context's schema name without a database (the value of its SchemaName property on a bare instance).</summary>
internal static class ModuleSchemaNames
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    public static string Get(Type contextType) => Names.GetOrAdd(contextType, t =>
        t.GetCustomAttributes(typeof(ModuleSchemaAttribute), false).OfType<ModuleSchemaAttribute>().FirstOrDefault()?.Schema
        ?? throw new InvalidOperationException($"{t.Name} needs a [ModuleSchema(\"...\")] attribute."));
}

/// <summary>Names a module DbContext's database schema, e.g. <c>[ModuleSchema("customers")]</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ModuleSchemaAttribute(string schema) : Attribute
{
    public string Schema { get; } = schema;
}

/// <summary>Runs a module's migrations against one tenant's database.</summary>
public sealed class ModuleDatabase<TContext>(string moduleName, IServiceScopeFactory scopes) : IModuleDatabase
    where TContext : ModuleDbContext
{
    public string ModuleName => moduleName;

    public async Task MigrateAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateTenantScope(tenant);

        // An up-to-date database is the common case (every restart): compare the history table with the migrations the
        // module ships over a plain connection. A DbContext would build the module's EF model first, which is most of a
        // restart's own work; the model is built when it is first used.
        var optionsCache = scope.ServiceProvider.GetRequiredService<DbContextOptionsCache>();
        var migrations = optionsCache.MigrationsAssemblyOf(typeof(TContext));
        var shipped = ProviderMigrationsAssembly.ShippedIds(migrations, typeof(TContext), optionsCache.DatabaseFor(tenant).Provider);
        var applied = await AppliedMigrationsAsync(optionsCache, tenant, cancellationToken);
        if (shipped.All(applied.Contains))
        {
            return;
        }

        if (applied.Count > 0 && !applied.Overlaps(shipped))
        {
            // The migrations were squashed before the first release (one Initial per module): a database made by an
            // earlier development build has none of them, and migrating it would try to create tables it already has.
            throw new InvalidOperationException(
                $"its {moduleName} tables were made by a development build of SalesSuite whose migrations no longer exist " +
                $"(e.g. {applied.Order(StringComparer.Ordinal).Last()}): back the tenant up with that build if its data matters, " +
                "then start on a new database (for the README's SQLite file, delete the data folder) and restore into it.");
        }

        await using var db = scope.ServiceProvider.GetRequiredService<ModuleDbContextFactory<TContext>>().CreateForSystem();
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>The migrations the module's history table lists in the tenant's database (none when it has no history table yet).</summary>
    private static async Task<HashSet<string>> AppliedMigrationsAsync(DbContextOptionsCache optionsCache, TenantInfo tenant,
        CancellationToken cancellationToken)
    {
        var engine = DatabaseEngines.For(optionsCache.DatabaseFor(tenant).Provider);
        var relational = RelationalOptionsExtension.Extract(optionsCache.Get<TContext>(tenant));
        var (schema, table) = (relational.MigrationsHistoryTableSchema, relational.MigrationsHistoryTableName!);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = engine.CreateConnection(relational.ConnectionString!);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = engine.CountTablesSql(schema, table);
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return applied;
        }

        command.CommandText = engine.SelectMigrationIdsSql(schema, table);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        return applied;
    }

    public async Task<System.Text.Json.Nodes.JsonObject> ExportAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateTenantScope(tenant);
        await using var db = scope.ServiceProvider.GetRequiredService<ModuleDbContextFactory<TContext>>().CreateForSystem();
        return await TenantDataTransfer.ExportAsync(db, cancellationToken);
    }

    public ModuleDbContext CreateSystemContext(IServiceProvider tenantServices) =>
        tenantServices.GetRequiredService<ModuleDbContextFactory<TContext>>().CreateUnpooledForSystem();
}

public static class ModuleDataRegistration
{
    /// <summary>The one line a module needs for its data: the tenant-aware context factory and its migrations.</summary>
    /// <param name="migrationsAssembly">Where the context's migrations are when not in its own assembly (<see cref="MigrationsLocation"/>).</param>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string moduleName, Assembly? migrationsAssembly = null)
        where TContext : ModuleDbContext
    {
        services.AddScoped<ModuleDbContextFactory<TContext>>();
        if (migrationsAssembly is not null)
        {
            services.AddSingleton(new MigrationsLocation(typeof(TContext), migrationsAssembly));
        }

        if (typeof(TContext) != typeof(AuditDbContext))
        {
            services.AddSingleton<Events.IModuleOutbox>(sp => ActivatorUtilities.CreateInstance<Events.ModuleOutbox<TContext>>(sp, moduleName));
        }

        if (typeof(TContext) == typeof(AuditDbContext))
        {
            services.AddScoped<AuditChainVerifier>();
            services.AddScoped<SensitiveReadLog>();
            services.AddScoped<IAuditLog, AuditLog>();
        }

        services.AddSingleton<IModuleDatabase>(sp => new ModuleDatabase<TContext>(moduleName, sp.GetRequiredService<IServiceScopeFactory>()));
        return services;
    }
}
