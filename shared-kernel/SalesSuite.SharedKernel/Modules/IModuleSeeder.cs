using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Modules;

/// <summary>Seeds demonstration data for one tenant. Runs inside that tenant's scope and must be idempotent.</summary>
public interface IModuleSeeder
{
    /// <summary>Seeds the tenant unless it already has the data; returns whether anything was written.</summary>
    Task<bool> SeedAsync(TenantInfo tenant, CancellationToken cancellationToken);
}

/// <summary>Brings a module's database objects up to date for one tenant database (migrations).</summary>
public interface IModuleDatabase
{
    string ModuleName { get; }

    Task MigrateAsync(TenantInfo tenant, CancellationToken cancellationToken);

    /// <summary>All of the tenant's rows of this module, as JSON (a backup's part).</summary>
    Task<System.Text.Json.Nodes.JsonObject> ExportAsync(TenantInfo tenant, CancellationToken cancellationToken);

    /// <summary>Writes a backup's part into the tenant's (empty) storage; returns how many rows.</summary>
    Task<int> ImportAsync(TenantInfo tenant, System.Text.Json.Nodes.JsonObject data, CancellationToken cancellationToken);
}
