using SalesSuite.Modules.Customers;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.ArchitectureTests.Planted.DemoData;

/// <summary>Violation for the demo data rule: demo data (a type named Demo...) outside SalesSuite.Demo.</summary>
internal static class DemoAccounts
{
    public static readonly string[] Names = ["Northwind", "Contoso"];
}

/// <summary>Violation: a seeder that writes sample records for one tenant (it reads which tenant it seeds).</summary>
internal sealed class SeedsSampleRecordsForOneTenant : IModuleSeeder
{
    public async Task<bool> SeedAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return tenant.Id == "demo" && DemoAccounts.Names.Length > 0;
    }
}

/// <summary>Allowed: the same defaults for every tenant.</summary>
internal sealed class SeedsDefaultsForEveryTenant : IModuleSeeder
{
    public async Task<bool> SeedAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return tenant.DisabledModules.Count == 0;
    }
}

/// <summary>Violation for the demo's boundary: it reaches a module's implementation, not its contracts.</summary>
internal static class SeedsThroughTheModule
{
    public static string Module => new CustomersModule().Name;
}
