namespace SalesSuite.Modules.Orders.Features.GetOrderStatistics;

/// <summary>One group of orderStatistics: its key, how many orders (lines, for products) and their amount in the base currency.</summary>
internal sealed record GetOrderStatisticsGroup(string Key, int Count, decimal AmountInBase);
