using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>What other modules may read of an order that reaches them as the source of a field they add to <c>Order</c>.</summary>
public interface IOrderRecord
{
    Guid Id { get; }

    Guid CustomerId { get; }

    Guid? OpportunityId { get; }

    string OwnerId { get; }
}

/// <summary>An order was confirmed: its number, its total, and (for reports) its total and lines in the base currency at the rate it keeps.</summary>
public sealed record OrderConfirmed(Guid OrderId, string Number, Guid CustomerId, Guid? OpportunityId, string OwnerId, decimal Total, string Currency, DateTimeOffset ConfirmedAt,
    string BaseCurrency = "", decimal TotalInBase = 0m, IReadOnlyList<OrderLineFigures>? Lines = null) : IIntegrationEvent;

/// <summary>A line of a confirmed order as reports see it: product key (the SKU, or the custom item's description), name, quantity and net in the base currency.</summary>
public sealed record OrderLineFigures(Guid LineId, string ProductKey, string ProductName, decimal Quantity, decimal NetInBase);

/// <summary>A confirmed (unpaid) order was cancelled: its revenue no longer counts.</summary>
public sealed record OrderCancelled(Guid OrderId, Guid CustomerId, string OwnerId, DateTimeOffset CancelledAt) : IIntegrationEvent;

public sealed record OrderPaid(Guid OrderId, Guid CustomerId, string OwnerId, decimal Total, string Currency, DateTimeOffset PaidAt) : IIntegrationEvent;

/// <summary>The tenant's base currency and dated exchange rates (owned by the Orders module).</summary>
public interface IExchangeRates
{
    Task<string> BaseCurrencyAsync(CancellationToken cancellationToken);

    /// <summary>Units of base currency for one unit of <paramref name="currency"/> on <paramref name="date"/> (the latest rate on or before it); null when none is known.</summary>
    Task<decimal?> RateAsync(string currency, DateOnly date, CancellationToken cancellationToken);
}
