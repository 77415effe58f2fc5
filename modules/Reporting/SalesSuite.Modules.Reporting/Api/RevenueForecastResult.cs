using SalesSuite.Modules.Reporting.Analytics;

namespace SalesSuite.Modules.Reporting.Api;

/// <summary>The monthly revenue history of the caller's scope and its forecast.</summary>
internal sealed record RevenueForecastResult(string BaseCurrency, IReadOnlyList<MonthlyValue> History, RevenueForecast Forecast);
