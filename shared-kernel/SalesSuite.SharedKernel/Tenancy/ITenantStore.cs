namespace SalesSuite.SharedKernel.Tenancy;

/// <summary>Where tenants are looked up. The embedded default reads configuration; a database-backed store can replace it.</summary>
public interface ITenantStore
{
    ValueTask<TenantInfo?> FindAsync(string tenantId, CancellationToken cancellationToken = default);

    ValueTask<TenantInfo?> FindByHostAsync(string host, CancellationToken cancellationToken = default);

    ValueTask<IReadOnlyList<TenantInfo>> GetAllAsync(CancellationToken cancellationToken = default);
}
