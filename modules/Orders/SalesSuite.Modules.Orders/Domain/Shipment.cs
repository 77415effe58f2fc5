using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Domain;

/// <summary>What left the warehouse for an order; <see cref="Order.Ship"/> makes it.</summary>
internal sealed class Shipment : TenantEntity
{
    /// <summary>For EF Core.</summary>
    private Shipment()
    {
    }

    public Guid OrderId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Reference { get; private set; }

    /// <summary>Line id (N format) to shipped quantity.</summary>
    public Dictionary<string, decimal> Quantities { get; private set; } = [];

    public string RecordedBy { get; private set; } = string.Empty;

    public static Shipment Of(Guid orderId, DateTimeOffset at, string? reference, string recordedBy, Dictionary<string, decimal> quantities) =>
        new() { OrderId = orderId, At = at, Reference = reference, RecordedBy = recordedBy, Quantities = quantities };
}
