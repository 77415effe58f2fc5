namespace SalesSuite.Modules.Orders.Features.RecordShipment;

/// <summary>A line of the order (its id as sent) and the quantity shipped now.</summary>
internal sealed record RecordShipmentLineInput
{
    public string? LineId { get; init; }

    public decimal? Quantity { get; init; }
}
