namespace SalesSuite.Modules.Reporting.Analytics;

/// <summary>
/// Monthly revenue forecast: additive Holt-Winters with a damped trend from two full seasons on,
/// Holt's damped linear trend from 12 months, simple exponential smoothing from 6, and "too little history" below.
/// Pure and deterministic: the same series gives the same result.
/// </summary>
internal static class RevenueForecaster
{
    public const int MaxHorizon = 24;
    public const int MaxBacktestOrigins = 12;

    private const double Z80 = 1.2815515655446004;
    private const double Z95 = 1.959963984540054;

    private const int MinimumCalibrationPoints = 12;

    public static RevenueForecast Forecast(IReadOnlyList<MonthlyValue> history, int horizon)
    {
        Validate(history, horizon);
        var y = history.Select(v => (double)v.Value).ToArray();
        var kind = Choose(y.Length);
        if (kind is null)
        {
            return new RevenueForecast(
                ForecastOutcome.TooLittleHistory,
                $"None: too little history ({y.Length} months; at least {ExponentialSmoothingModel.MinimumLength(SmoothingKind.Simple)} needed)",
                y.Length,
                null,
                [],
                new ForecastAccuracy(0, 0, null, null, 0, null, null, "No back-test: too little history"),
                1.0,
                "None");
        }

        var (accuracy, scale) = Backtest(kind.Value, y, horizon);
        var model = ExponentialSmoothingModel.Fit(kind.Value, y);
        var first = FirstDay(history[^1].Month).AddMonths(1);
        var points = Predict(model, horizon, scale)
            .Select((p, i) => new ForecastPoint(first.AddMonths(i), Money(p.Forecast), Money(p.Lower80), Money(p.Upper80), Money(p.Lower95), Money(p.Upper95)))
            .ToArray();
        var intervals = "Normal intervals from the residual variance σ² = SSE/(n − parameters − initial states) and the additive " +
            "exponential-smoothing horizon variance σ²(1 + Σ c_j²)" +
            (scale > 1 ? $", widened ×{scale:F2} because the back-test errors were larger than that variance predicts" : string.Empty) +
            "; lower bounds clipped at 0";
        return new RevenueForecast(ForecastOutcome.Forecast, Describe(kind.Value), y.Length, model.Parameters, points, accuracy, scale, intervals);
    }

    private static SmoothingKind? Choose(int length) =>
        new[] { SmoothingKind.DampedTrendAdditiveSeasonal, SmoothingKind.DampedTrend, SmoothingKind.Simple }
            .Cast<SmoothingKind?>()
            .FirstOrDefault(kind => length >= ExponentialSmoothingModel.MinimumLength(kind!.Value));

    private static string Describe(SmoothingKind kind) => kind switch
    {
        SmoothingKind.DampedTrendAdditiveSeasonal => "Holt-Winters, additive seasonality (12 months), damped trend",
        SmoothingKind.DampedTrend => "Fallback (less than two full seasons): Holt's linear method, damped trend, no seasonality",
        _ => "Fallback (less than 12 months): simple exponential smoothing, no trend, no seasonality",
    };

    private static (double Forecast, double Deviation)[] Raw(ExponentialSmoothingModel model, int horizon) =>
        model.Forecast(horizon).Zip(model.ForecastStandardDeviations(horizon)).ToArray();

    private static IEnumerable<(double Forecast, double Lower80, double Upper80, double Lower95, double Upper95)> Predict(ExponentialSmoothingModel model,
        int horizon, double scale) =>
        Raw(model, horizon).Select(p => (
            Math.Max(0, p.Forecast),
            Math.Max(0, p.Forecast - Z80 * scale * p.Deviation),
            Math.Max(0, p.Forecast + Z80 * scale * p.Deviation),
            Math.Max(0, p.Forecast - Z95 * scale * p.Deviation),
            Math.Max(0, p.Forecast + Z95 * scale * p.Deviation)));

    /// <summary>
    /// Rolling origin with re-estimation (Tashman 2000): for each of the last k origins, fit the same method on the
    /// months before it and forecast up to <paramref name="horizon"/> months, never past the end of the series.
    /// k = min(12, n − the method's minimum length), so every back-test fit uses the method the forecast uses.
    /// The interval scale is the root mean square of the back-test errors in units of the formula's own σ_h, never
    /// below 1: the formula ignores the uncertainty of the estimated parameters and initial states, the back-test does not.
    /// </summary>
    private static (ForecastAccuracy Accuracy, double IntervalScale) Backtest(SmoothingKind kind, double[] y, int horizon)
    {
        var origins = Math.Min(MaxBacktestOrigins, y.Length - ExponentialSmoothingModel.MinimumLength(kind));
        if (origins <= 0)
        {
            return (new ForecastAccuracy(0, 0, null, null, 0, null, null,
                $"No back-test: the series is exactly as long as the method needs ({y.Length} months)"), 1.0);
        }

        var (points, zeros, inside80, inside95, standardised) = (0, 0, 0, 0, 0);
        var (absoluteErrors, percentageErrors, percentageCount, squaredZ) = (0.0, 0.0, 0, 0.0);
        for (var origin = y.Length - origins; origin < y.Length; origin++)
        {
            var model = ExponentialSmoothingModel.Fit(kind, y[..origin]);
            var steps = Math.Min(horizon, y.Length - origin);
            var predictions = Raw(model, steps);
            for (var h = 0; h < steps; h++)
            {
                var (actual, forecast, deviation) = (y[origin + h], Math.Max(0, predictions[h].Forecast), predictions[h].Deviation);
                var error = Math.Abs(actual - forecast);
                points++;
                absoluteErrors += error;
                inside80 += error <= Z80 * deviation ? 1 : 0;
                inside95 += error <= Z95 * deviation ? 1 : 0;
                if (deviation > 1e-9 * (1 + Math.Abs(forecast)))
                {
                    squaredZ += error / deviation * (error / deviation);
                    standardised++;
                }

                if (actual == 0)
                {
                    zeros++;
                }
                else
                {
                    percentageErrors += error / actual;
                    percentageCount++;
                }
            }
        }

        var description = $"Rolling origin over the last {origins} months, re-fitted at each origin, forecasts up to {horizon} months ahead; {points} points" +
            (zeros > 0 ? $"; MAPE skips {zeros} point(s) with a zero actual" : string.Empty);
        var accuracy = new ForecastAccuracy(
            origins,
            points,
            percentageCount > 0 ? 100.0 * percentageErrors / percentageCount : null,
            Money(absoluteErrors / points),
            zeros,
            (double)inside80 / points,
            (double)inside95 / points,
            description);
        var scale = standardised >= MinimumCalibrationPoints ? Math.Max(1.0, Math.Sqrt(squaredZ / standardised)) : 1.0;
        return (accuracy, scale);
    }

    private static void Validate(IReadOnlyList<MonthlyValue> history, int horizon)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(horizon, MaxHorizon);
        for (var i = 0; i < history.Count; i++)
        {
            if (history[i].Value < 0)
            {
                throw new ArgumentException($"Month {history[i].Month:yyyy-MM} has a negative value.", nameof(history));
            }

            if (i > 0 && FirstDay(history[i].Month) != FirstDay(history[i - 1].Month).AddMonths(1))
            {
                throw new ArgumentException($"Months must be consecutive: {history[i].Month:yyyy-MM} follows {history[i - 1].Month:yyyy-MM}.", nameof(history));
            }
        }
    }

    private static DateOnly FirstDay(DateOnly month) => new(month.Year, month.Month, 1);

    private static decimal Money(double value) => Math.Round((decimal)value, 4);
}
