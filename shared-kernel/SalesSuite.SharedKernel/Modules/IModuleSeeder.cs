using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Modules;

/// <summary>Seeds what a tenant starts with (a module's defaults; the demo's sample data). Runs inside that tenant's scope and must be idempotent.</summary>
public interface IModuleSeeder
{
    /// <summary>Seeds the tenant unless it already has the data; returns whether anything was written.</summary>
    Task<bool> SeedAsync(TenantInfo tenant, CancellationToken cancellationToken);
}
