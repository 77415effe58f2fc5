namespace SalesSuite.SharedKernel.Data;

/// <summary>Every row that belongs to a tenant. The module DbContext filters and stamps <see cref="TenantId"/>; modules never set it.</summary>
public interface ITenantOwned
{
    string TenantId { get; }
}

/// <summary>An aggregate with an optimistic-concurrency version: a stale write is refused with CONFLICT.</summary>
public interface IVersioned
{
    long Version { get; }
}

public abstract class TenantEntity : ITenantOwned
{
    public Guid Id { get; protected internal set; } = Guid.CreateVersion7();

    public string TenantId { get; internal set; } = string.Empty;
}

public abstract class AggregateRoot : TenantEntity, IVersioned
{
    public long Version { get; internal set; }

    public DateTimeOffset CreatedAt { get; internal set; }

    public DateTimeOffset UpdatedAt { get; internal set; }
}
