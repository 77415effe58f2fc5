using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
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
    private static readonly ObjectFactory Activate =
        ActivatorUtilities.CreateFactory(typeof(TContext), [typeof(DbContextOptions<TContext>), typeof(ITenantContext), typeof(TimeProvider)]);

    /// <summary>A context that sees what the current user may see (the tenant's rows, within the user's record scope).</summary>
    public TContext Create()
    {
        _ = tenantContext.Tenant;
        var grant = currentAccess.Grant ?? throw new InvalidOperationException("No access grant is set for this scope.");
        var context = CreateContext();
        context.Access = grant;
        context.AuditContext = auditContext;
        return context;
    }

    /// <summary>
    /// A context that sees all of the current tenant's rows, whoever the user is: for a module's own bookkeeping
    /// (e.g. the org chart that computes scopes), never for answering a user's query.
    /// </summary>
    public TContext CreateForSystem()
    {
        var context = CreateContext();
        context.Access = AccessGrant.System;
        return context;
    }

    /// <summary>
    /// A system context whose stamps (created, updated) come from <paramref name="stampClock"/>: imported records written with
    /// the dates they had (see <see cref="DatedImport"/>), never for a user's change.
    /// </summary>
    public TContext CreateForSeeding(TimeProvider stampClock)
    {
        var context = CreateContext(stampClock);
        context.Access = AccessGrant.System;
        return context;
    }

    private TContext CreateContext(TimeProvider? stampClock = null)
    {
        var options = optionsCache.Get<TContext>(tenantContext.Tenant);
        return (TContext)Activate(EmptyServiceProvider.Instance, [options, tenantContext, stampClock ?? clock]);
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}

/// <summary>Builds and caches DbContext options per context type and tenant database.</summary>
public sealed class DbContextOptionsCache(
    IOptions<DatabaseOptions> databaseOptions,
    IEnumerable<IInterceptor> interceptors,
    ILoggerFactory loggerFactory)
{
    private readonly ConcurrentDictionary<(Type, DatabaseProvider, string), DbContextOptions> _cache = new();
    private readonly IInterceptor[] _interceptors = interceptors.ToArray();

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

    private DbContextOptions<TContext> Build<TContext>(DatabaseProvider provider, string connectionString) where TContext : ModuleDbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        var assembly = typeof(TContext).Assembly.GetName().Name;
        var history = "__migrations_" + ModuleSchemaName<TContext>();
        var timeout = databaseOptions.Value.CommandTimeoutSeconds;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(PrepareSqlite(connectionString), o => o.MigrationsAssembly(assembly).MigrationsHistoryTable(history).CommandTimeout(timeout));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(assembly).MigrationsHistoryTable(history, ModuleSchemaName<TContext>()).CommandTimeout(timeout));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(assembly).MigrationsHistoryTable(history, ModuleSchemaName<TContext>()).CommandTimeout(timeout));
                break;
        }

        builder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        builder.UseLoggerFactory(loggerFactory);
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        if (_interceptors.Length > 0)
        {
            builder.AddInterceptors(_interceptors);
        }

        return builder.Options;
    }

    /// <summary>Relative SQLite files live under the current directory; their folder is created on first use.</summary>
    private static string PrepareSqlite(string connectionString)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(csb.DataSource) && csb.DataSource != ":memory:" && csb.Mode != SqliteOpenMode.Memory)
        {
            var full = Path.GetFullPath(csb.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            csb.DataSource = full;
        }

        if (csb.DefaultTimeout < 30)
        {
            csb.DefaultTimeout = 30;
        }

        return csb.ToString();
    }

    private static string ModuleSchemaName<TContext>() => ModuleSchemaNames.Get(typeof(TContext));
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
        var shipped = ProviderMigrationsAssembly.ShippedIds(typeof(TContext), optionsCache.DatabaseFor(tenant).Provider);
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
    private static async Task<HashSet<string>> AppliedMigrationsAsync(DbContextOptionsCache optionsCache, TenantInfo tenant, CancellationToken cancellationToken)
    {
        var (provider, _) = optionsCache.DatabaseFor(tenant);
        var relational = RelationalOptionsExtension.Extract(optionsCache.Get<TContext>(tenant));
        var applied = new HashSet<string>(StringComparer.Ordinal);
        var history = provider switch
        {
            DatabaseProvider.Sqlite => $"\"{relational.MigrationsHistoryTableName}\"",
            DatabaseProvider.Postgres => $"\"{relational.MigrationsHistoryTableSchema}\".\"{relational.MigrationsHistoryTableName}\"",
            _ => $"[{relational.MigrationsHistoryTableSchema}].[{relational.MigrationsHistoryTableName}]",
        };
        var exists = provider switch
        {
            DatabaseProvider.Sqlite => $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{relational.MigrationsHistoryTableName}'",
            DatabaseProvider.Postgres => $"SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = '{relational.MigrationsHistoryTableSchema}' AND tablename = '{relational.MigrationsHistoryTableName}'",
            _ => $"SELECT count(*) FROM sys.tables WHERE name = '{relational.MigrationsHistoryTableName}' AND SCHEMA_NAME(schema_id) = '{relational.MigrationsHistoryTableSchema}'",
        };
        await using System.Data.Common.DbConnection connection = provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(relational.ConnectionString),
            DatabaseProvider.Postgres => new Npgsql.NpgsqlConnection(relational.ConnectionString),
            _ => new Microsoft.Data.SqlClient.SqlConnection(relational.ConnectionString),
        };
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = exists;
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return applied;
        }

        command.CommandText = provider == DatabaseProvider.SqlServer ? $"SELECT [MigrationId] FROM {history}" : $"SELECT \"MigrationId\" FROM {history}";
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
        tenantServices.GetRequiredService<ModuleDbContextFactory<TContext>>().CreateForSystem();
}

public static class ModuleDataRegistration
{
    /// <summary>The one line a module needs for its data: the tenant-aware context factory and its migrations.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string moduleName)
        where TContext : ModuleDbContext
    {
        services.AddScoped<ModuleDbContextFactory<TContext>>();
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
