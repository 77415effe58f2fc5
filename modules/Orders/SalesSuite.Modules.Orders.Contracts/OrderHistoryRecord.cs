namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>
/// An imported order, confirmed at <see cref="ConfirmedAt"/> as <see cref="Number"/> at <see cref="RateToBase"/> units of
/// <see cref="BaseCurrency"/> per unit of its currency; paid in full at <see cref="PaidAt"/> when set; shipped whole at
/// <see cref="ShippedAt"/> when set, and then <see cref="Completed"/> or not. Each is recorded by its owner.
/// </summary>
public sealed record OrderHistoryRecord
{
    public required Guid Id { get; init; }

    public required string Number { get; init; }

    public required Guid CustomerId { get; init; }

    public Guid? OpportunityId { get; init; }

    public required string OwnerId { get; init; }

    public required string Currency { get; init; }

    public required IReadOnlyList<OrderLineRecord> Lines { get; init; }

    public required DateTimeOffset ConfirmedAt { get; init; }

    public required string BaseCurrency { get; init; }

    public required decimal RateToBase { get; init; }

    public DateTimeOffset? PaidAt { get; init; }

    public string? PaymentReference { get; init; }

    public DateTimeOffset? ShippedAt { get; init; }

    public string? ShipmentReference { get; init; }

    public bool Completed { get; init; }
}
