using SalesSuite.SharedKernel.Data;

namespace SalesSuite.SharedKernel.Events;

/// <summary>A delivered event a handler has applied, written in the handler's transaction: a redelivery changes nothing.</summary>
public sealed class InboxMessage : TenantEntity
{
    public Guid MessageId { get; set; }

    public string Handler { get; set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; set; }
}
