namespace SalesSuite.SharedKernel.Data;

public abstract class AggregateRoot : TenantEntity, IVersioned
{
    public long Version { get; internal set; }

    public DateTimeOffset CreatedAt { get; internal set; }

    public DateTimeOffset UpdatedAt { get; internal set; }
}
