using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>An order was confirmed: its number, its total, and (for reports) its total and lines in the base currency at the rate it keeps.</summary>
public sealed record OrderConfirmed(Guid OrderId, string Number, Guid CustomerId, Guid? OpportunityId, string OwnerId, decimal Total, string Currency,
    DateTimeOffset ConfirmedAt,
    string BaseCurrency = "", decimal TotalInBase = 0m, IReadOnlyList<OrderLineFigures>? Lines = null) : IIntegrationEvent;
