namespace SalesSuite.Modules.Reporting.Analytics;

/// <summary>One month of history; <see cref="Month"/> is any day of that month.</summary>
internal sealed record MonthlyValue(DateOnly Month, decimal Value);

internal enum ForecastOutcome
{
    Forecast,
    TooLittleHistory,
}

/// <summary>A forecast month (first day) with its point forecast and 80 % / 95 % prediction intervals, all clipped at 0.</summary>
internal sealed record ForecastPoint(DateOnly Month, decimal Forecast, decimal Lower80, decimal Upper80, decimal Lower95, decimal Upper95);

/// <summary>
/// Rolling-origin back-test of the same method on the series' own last months. MAPE (in percent) skips months whose
/// actual is zero (<see cref="ZeroActualsSkipped"/>) and is null when nothing is left; MAE counts every back-test point.
/// Coverage is the share of back-test actuals inside the formula's intervals at that origin, before any widening.
/// </summary>
internal sealed record ForecastAccuracy(
    int Origins,
    int BacktestPoints,
    double? MapePercent,
    decimal? Mae,
    int ZeroActualsSkipped,
    double? Coverage80,
    double? Coverage95,
    string Description);

internal sealed record RevenueForecast(
    ForecastOutcome Outcome,
    string Method,
    int HistoryMonths,
    SmoothingParameters? Parameters,
    IReadOnlyList<ForecastPoint> Points,
    ForecastAccuracy Accuracy,
    double IntervalScale,
    string IntervalMethod);
