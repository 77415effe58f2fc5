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

public sealed record OrderConfirmed(Guid OrderId, string Number, Guid CustomerId, Guid? OpportunityId, string OwnerId, decimal Total, string Currency, DateTimeOffset ConfirmedAt) : IIntegrationEvent;

public sealed record OrderPaid(Guid OrderId, Guid CustomerId, string OwnerId, decimal Total, string Currency, DateTimeOffset PaidAt) : IIntegrationEvent;

/// <summary>The tenant's base currency and dated exchange rates (owned by the Orders module).</summary>
public interface IExchangeRates
{
    Task<string> BaseCurrencyAsync(CancellationToken cancellationToken);

    /// <summary>Units of base currency for one unit of <paramref name="currency"/> on <paramref name="date"/> (the latest rate on or before it); null when none is known.</summary>
    Task<decimal?> RateAsync(string currency, DateOnly date, CancellationToken cancellationToken);
}
