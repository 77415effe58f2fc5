using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Data;

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>
    /// Seed: every module's defaults (the pipeline) and the demonstration data of tenants <c>demo</c> and <c>acme</c> when they have
    /// none; the host registers the demo data (SalesSuite.Demo) only while this is on.
    /// </summary>
    public bool Demo { get; set; }

    /// <summary>
    /// With <see cref="Demo"/>: give <c>demo</c> two years and more of sales history (<c>SalesSuite.Demo.DemoHistory</c>) and rebuild
    /// the read models from it. On unless set to false (the test app turns it off: it adds about a second per app).
    /// </summary>
    public bool DemoHistory { get; set; } = true;
}

/// <summary>Applies every module's migrations to every tenant database, then seeds demonstration data if asked to.</summary>
public sealed class DatabaseInitializer(
    ITenantStore tenants,
    IEnumerable<IModuleDatabase> databases,
    IEnumerable<IRebuildableReadModel> readModels,
    IOptions<SeedOptions> seed,
    IServiceScopeFactory scopes,
    DbContextOptionsCache contextOptions,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in await tenants.GetAllAsync(cancellationToken))
        {
            await MigrateAsync(tenant, cancellationToken);
        }
    }

    /// <summary>Creates the tenant's database if need be and applies every module's migrations to it (backup and restore touch no other).</summary>
    public async Task MigrateAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        foreach (var database in databases)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                await database.MigrateAsync(tenant, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new DatabaseUnavailableException(Describe(tenant), ex);
            }

            logger.LogDebug("Migrations of {Module} checked for tenant {Tenant} in {Elapsed} ms", database.ModuleName, tenant.Id,
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        logger.LogInformation("Database of tenant {Tenant} is up to date", tenant.Id);
    }

    /// <summary>Which database, where (no credentials) and the setting that names it.</summary>
    private string Describe(TenantInfo tenant)
    {
        var (provider, connectionString) = contextOptions.DatabaseFor(tenant);
        var setting = tenant.ConnectionString is null ? "Database:ConnectionString" : $"the ConnectionString of tenant '{tenant.Id}' in Tenancy:Tenants";
        return $"The database of tenant '{tenant.Id}' ({DatabaseProviders.Describe(provider, connectionString)}, from {setting}) cannot be used";
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in await tenants.GetAllAsync(cancellationToken))
        {
            await using var scope = scopes.CreateTenantScope(tenant);
            var seededAny = false;
            foreach (var seeder in scope.ServiceProvider.GetServices<IModuleSeeder>())
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var seeded = await seeder.SeedAsync(tenant, cancellationToken);
                var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                seededAny |= seeded;
                if (seeded)
                {
                    logger.LogInformation("{Seeder} seeded tenant {Tenant} in {Elapsed} ms", seeder.GetType().Name, tenant.Id, elapsed);
                }
                else
                {
                    logger.LogDebug("{Seeder} left tenant {Tenant} alone: it has its data already ({Elapsed} ms)", seeder.GetType().Name, tenant.Id, elapsed);
                }
            }

            if (seededAny && seed.Value.DemoHistory && tenant.Id == "demo")
            {
                // The history was just written as records, not as events: the read models catch up by replaying them, once.
                // A restart seeds nothing and rebuilds nothing (a model that is behind is rebuilt in the background).
                foreach (var readModel in readModels)
                {
                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    await readModel.RebuildAsync(tenant, cancellationToken);
                    logger.LogInformation("Read model {ReadModel} of tenant {Tenant} rebuilt in {Elapsed} ms", readModel.Name, tenant.Id,
                        System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }
    }
}

/// <summary>Migrates (and seeds, if configured) before the server starts taking requests.</summary>
public sealed class DatabaseStartup(DatabaseInitializer initializer, IOptions<DatabaseOptions> database, IOptions<SeedOptions> seed) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (database.Value.MigrateOnStartup)
        {
            await initializer.MigrateAsync(cancellationToken);
        }

        if (seed.Value.Demo)
        {
            await initializer.SeedAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>A tenant's database could not be opened or migrated; the message names it, the inner exception says why.</summary>
internal sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner);
