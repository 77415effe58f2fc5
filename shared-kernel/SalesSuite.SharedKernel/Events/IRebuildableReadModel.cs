using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Events;

/// <summary>A read model that can be thrown away and rebuilt for one tenant from the modules' replayed events.</summary>
public interface IRebuildableReadModel
{
    string Name { get; }

    /// <summary>
    /// Whether the tenant's model must be rebuilt: it was never built by this version of the model (its shape or its
    /// handlers changed), or it was emptied. A current model is fed by live events and left alone.
    /// </summary>
    Task<bool> NeedsRebuildAsync(TenantInfo tenant, CancellationToken cancellationToken);

    /// <summary>Empties the tenant's read model and rebuilds it, then records the version it was built with; returns how many events were applied.</summary>
    Task<int> RebuildAsync(TenantInfo tenant, CancellationToken cancellationToken);
}
