namespace SalesSuite.SharedKernel.Data;

/// <summary>Every row that belongs to a tenant. The module DbContext filters and stamps <see cref="TenantId"/>; modules never set it.</summary>
public interface ITenantOwned
{
    string TenantId { get; }
}
