namespace SalesSuite.Modules.Orders.Features.GetOrderStatistics;

/// <summary>orderStatistics: the period's confirmed orders in the base currency, in all and grouped.</summary>
internal sealed record GetOrderStatisticsResult(
    string BaseCurrency,
    int Count,
    decimal AmountInBase,
    IReadOnlyList<GetOrderStatisticsGroup> ByStatus,
    IReadOnlyList<GetOrderStatisticsGroup> ByOwner,
    IReadOnlyList<GetOrderStatisticsGroup> ByCustomer,
    IReadOnlyList<GetOrderStatisticsGroup> ByMonth,
    IReadOnlyList<GetOrderStatisticsGroup> ByProduct);
