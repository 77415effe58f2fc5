using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Domain;

/// <summary>A payment received for an order; <see cref="Order.RecordPayment"/> makes it.</summary>
internal sealed class Payment : TenantEntity
{
    /// <summary>For EF Core.</summary>
    private Payment()
    {
    }

    public Guid OrderId { get; private set; }

    public long AmountScaled { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Reference { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    public static Payment Of(Guid orderId, long amountScaled, DateTimeOffset at, string? reference, string recordedBy) =>
        new() { OrderId = orderId, AmountScaled = amountScaled, At = at, Reference = reference, RecordedBy = recordedBy };
}
