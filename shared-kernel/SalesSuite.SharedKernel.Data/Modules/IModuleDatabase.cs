using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Modules;

/// <summary>Brings a module's database objects up to date for one tenant database (migrations).</summary>
public interface IModuleDatabase
{
    string ModuleName { get; }

    Task MigrateAsync(TenantInfo tenant, CancellationToken cancellationToken);

    /// <summary>All of the tenant's rows of this module, as JSON (a backup's part).</summary>
    Task<System.Text.Json.Nodes.JsonObject> ExportAsync(TenantInfo tenant, CancellationToken cancellationToken);

    /// <summary>
    /// A context of this module on the tenant's database that sees all of the tenant's rows, for a restore that writes
    /// every module in one transaction (<see cref="Data.TenantBackup"/>); <paramref name="tenantServices"/> is a scope
    /// of that tenant (<see cref="TenantScopes.CreateTenantScope"/>). The caller disposes it. It is never a pooled context:
    /// the restore gives it the transaction's connection, which must not stay with a context that serves later requests.
    /// </summary>
    Data.ModuleDbContext CreateSystemContext(IServiceProvider tenantServices);
}
