namespace SalesSuite.SharedKernel.Tenancy;

/// <summary>The tenant of the current request or background scope.</summary>
public interface ITenantContext
{
    TenantInfo? Current { get; }

    /// <summary>The current tenant; throws when there is none, so that nothing ever runs for "no tenant".</summary>
    TenantInfo Tenant => Current ?? throw new MissingTenantException();

    /// <summary>Sets the tenant once per scope; setting a different one later is refused.</summary>
    void Set(TenantInfo tenant);
}

public sealed class MissingTenantException()
    : InvalidOperationException("No tenant is set for this scope. Tenant data is only reachable inside a tenant scope.");

internal sealed class TenantContext : ITenantContext
{
    public TenantInfo? Current { get; private set; }

    public void Set(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (Current is not null && !string.Equals(Current.Id, tenant.Id, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"This scope already belongs to tenant '{Current.Id}'.");
        }

        Current = tenant;
    }
}
