namespace SalesSuite.Modules.Orders.Features.GetOrderStatistics;

/// <summary>orderStatistics: the period's confirmed orders in the base currency, in all and grouped.</summary>
internal sealed record OrderStatisticsResult(
    string BaseCurrency,
    int Count,
    decimal AmountInBase,
    IReadOnlyList<OrderGroup> ByStatus,
    IReadOnlyList<OrderGroup> ByOwner,
    IReadOnlyList<OrderGroup> ByCustomer,
    IReadOnlyList<OrderGroup> ByMonth,
    IReadOnlyList<OrderGroup> ByProduct);
