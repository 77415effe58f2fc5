namespace SalesSuite.Demo;

/// <summary>The confirmed order of a won opportunity; paid in full at <paramref name="PaidAt"/> when not null.</summary>
public sealed record DemoOrder(
    Guid Id, Guid CustomerId, Guid OpportunityId, string OwnerId, string Currency, DateTimeOffset ConfirmedAt, DateTimeOffset? PaidAt,
    IReadOnlyList<DemoOrderLine> Lines);
