namespace SalesSuite.Modules.Reporting.Api;

internal sealed record SalesComparison(DateOnly From, DateOnly To, SalesMeasures Totals, decimal? RevenueChange);
