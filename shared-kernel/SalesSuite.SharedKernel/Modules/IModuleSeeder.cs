using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Modules;

/// <summary>Seeds demonstration data for one tenant. Runs inside that tenant's scope and must be idempotent.</summary>
public interface IModuleSeeder
{
    Task SeedAsync(TenantInfo tenant, CancellationToken cancellationToken);
}

/// <summary>Brings a module's database objects up to date for one tenant database (migrations).</summary>
public interface IModuleDatabase
{
    string ModuleName { get; }

    Task MigrateAsync(TenantInfo tenant, CancellationToken cancellationToken);
}
