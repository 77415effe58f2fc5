namespace SalesSuite.SharedKernel.Tenancy;

/// <summary>A tenant as the tenant store knows it.</summary>
/// <param name="Id">The stable identifier (the token's <c>tenant</c> claim, the <c>X-Tenant</c> header).</param>
/// <param name="ConnectionString">A database of its own; null means the shared default database.</param>
/// <param name="DisabledModules">Modules switched off for this tenant: their fields answer MODULE_DISABLED.</param>
public sealed record TenantInfo(
    string Id,
    string Name,
    IReadOnlyList<string> Hosts,
    IReadOnlyList<string> DisabledModules,
    string? ConnectionString = null,
    string? Provider = null)
{
    public bool IsModuleEnabled(string moduleName) =>
        !DisabledModules.Contains(moduleName, StringComparer.OrdinalIgnoreCase);
}
