using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Data;

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed the demonstration data (tenants <c>demo</c> and <c>acme</c>) when their tables are empty.</summary>
    public bool Demo { get; set; }
}

/// <summary>Applies every module's migrations to every tenant database, then seeds demonstration data if asked to.</summary>
public sealed class DatabaseInitializer(
    ITenantStore tenants,
    IEnumerable<IModuleDatabase> databases,
    IServiceScopeFactory scopes,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in await tenants.GetAllAsync(cancellationToken))
        {
            foreach (var database in databases)
            {
                await database.MigrateAsync(tenant, cancellationToken);
            }

            logger.LogInformation("Database of tenant {Tenant} is up to date", tenant.Id);
        }
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in await tenants.GetAllAsync(cancellationToken))
        {
            await using var scope = scopes.CreateTenantScope(tenant);
            foreach (var seeder in scope.ServiceProvider.GetServices<IModuleSeeder>())
            {
                await seeder.SeedAsync(tenant, cancellationToken);
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
