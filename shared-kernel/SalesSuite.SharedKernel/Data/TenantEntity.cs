namespace SalesSuite.SharedKernel.Data;

public abstract class TenantEntity : ITenantOwned
{
    public Guid Id { get; protected internal set; } = Guid.CreateVersion7();

    public string TenantId { get; internal set; } = string.Empty;
}
