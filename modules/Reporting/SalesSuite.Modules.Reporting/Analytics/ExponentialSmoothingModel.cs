using MathNet.Numerics.LinearAlgebra;

namespace SalesSuite.Modules.Reporting.Analytics;

internal enum SmoothingKind
{
    /// <summary>ETS(A,N,N): level only.</summary>
    Simple,

    /// <summary>ETS(A,Ad,N): Holt's linear method with a damped trend.</summary>
    DampedTrend,

    /// <summary>ETS(A,Ad,A): Holt-Winters, damped trend, additive seasonality of length 12.</summary>
    DampedTrendAdditiveSeasonal,
}

/// <summary>Smoothing parameters in the error-correction form (Hyndman et al. 2008): β and γ multiply the one-step error.</summary>
internal sealed record SmoothingParameters(double Alpha, double? Beta, double? Gamma, double? Phi);

/// <summary>
/// An additive exponential-smoothing model fitted to a series: parameters chosen by minimising the sum of squared
/// one-step-ahead errors, the state after the last observation, and the residual variance for prediction intervals.
/// </summary>
internal sealed class ExponentialSmoothingModel
{
    public const int SeasonLength = 12;
    private const double MinPhi = 0.8;
    private const double MaxPhi = 0.98;
    private const int InitialWindow = 3 * SeasonLength;

    private readonly double level;
    private readonly double trend;
    private readonly double[] seasonal;
    private readonly int observations;

    private ExponentialSmoothingModel(SmoothingKind kind, SmoothingParameters parameters, State state, int observations, double sumOfSquaredErrors)
    {
        Kind = kind;
        Parameters = parameters;
        level = state.Level;
        trend = state.Trend;
        seasonal = state.Seasonal;
        this.observations = observations;
        ResidualVariance = sumOfSquaredErrors / Math.Max(1, observations - ParameterCount(kind));
    }

    public SmoothingKind Kind { get; }

    public SmoothingParameters Parameters { get; }

    /// <summary>σ² = SSE / (n − k), k counting smoothing parameters and initial states (as R's forecast::ets does).</summary>
    public double ResidualVariance { get; }

    public static int MinimumLength(SmoothingKind kind) => kind switch
    {
        SmoothingKind.Simple => 6,
        SmoothingKind.DampedTrend => 12,
        _ => 2 * SeasonLength,
    };

    public static ExponentialSmoothingModel Fit(SmoothingKind kind, IReadOnlyList<double> y)
    {
        if (y.Count < MinimumLength(kind))
        {
            throw new ArgumentException($"{kind} needs at least {MinimumLength(kind)} observations, got {y.Count}.", nameof(y));
        }

        var initial = InitialState(kind, y);
        var dimensions = kind switch { SmoothingKind.Simple => 1, SmoothingKind.DampedTrend => 3, _ => 4 };
        double Objective(double[] u) => Filter(kind, y, Map(kind, u), initial).SumOfSquaredErrors;

        (double[] Point, double Value)? best = null;
        foreach (var start in Starts(dimensions))
        {
            var first = BoundedNelderMead.Minimise(Objective, start);
            var restarted = BoundedNelderMead.Minimise(Objective, first.Point);
            var candidate = restarted.Value <= first.Value ? restarted : first;
            if (best is null || candidate.Value < best.Value.Value)
            {
                best = candidate;
            }
        }

        var parameters = Map(kind, best!.Value.Point);
        var run = Filter(kind, y, parameters, initial);
        return new ExponentialSmoothingModel(kind, parameters, run.Final, y.Count, run.SumOfSquaredErrors);
    }

    /// <summary>Point forecasts for steps 1..horizon after the last observation.</summary>
    public double[] Forecast(int horizon)
    {
        var phi = Parameters.Phi ?? 0.0;
        var forecasts = new double[horizon];
        var dampedSum = 0.0;
        var power = 1.0;
        for (var h = 1; h <= horizon; h++)
        {
            power *= phi;
            dampedSum += power;
            var season = Kind == SmoothingKind.DampedTrendAdditiveSeasonal ? seasonal[(observations + h - 1) % SeasonLength] : 0.0;
            forecasts[h - 1] = level + dampedSum * trend + season;
        }

        return forecasts;
    }

    /// <summary>
    /// Standard deviation of the h-step forecast error for the additive (class 1) models:
    /// σ_h² = σ² (1 + Σ_{j=1}^{h−1} c_j²), c_j = α + β(φ + … + φ^j) + γ·[j mod m = 0]
    /// (Hyndman, Koehler, Ord &amp; Snyder 2008, ch. 6).
    /// </summary>
    public double[] ForecastStandardDeviations(int horizon)
    {
        var (alpha, beta, gamma, phi) = (Parameters.Alpha, Parameters.Beta ?? 0.0, Parameters.Gamma ?? 0.0, Parameters.Phi ?? 0.0);
        var deviations = new double[horizon];
        var sum = 1.0;
        var dampedSum = 0.0;
        var power = 1.0;
        for (var h = 1; h <= horizon; h++)
        {
            if (h > 1)
            {
                var j = h - 1;
                power *= phi;
                dampedSum += power;
                var c = alpha + beta * dampedSum + (j % SeasonLength == 0 ? gamma : 0.0);
                sum += c * c;
            }

            deviations[h - 1] = Math.Sqrt(ResidualVariance * sum);
        }

        return deviations;
    }

    /// <summary>
    /// One future path of the model's own state-space process, errors drawn N(0, σ²) from <paramref name="random"/>:
    /// sample paths give the distribution of sums (a quarter, a year) that per-month intervals cannot.
    /// </summary>
    public double[] SimulatePath(int horizon, Random random)
    {
        var (alpha, beta, gamma, phi) = (Parameters.Alpha, Parameters.Beta ?? 0.0, Parameters.Gamma ?? 0.0, Parameters.Phi ?? 0.0);
        var (l, b, s) = (level, trend, (double[])seasonal.Clone());
        var sigma = Math.Sqrt(ResidualVariance);
        var path = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            var slot = (observations + h) % SeasonLength;
            var error = sigma * Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
            path[h] = l + phi * b + s[slot] + error;
            l = l + phi * b + alpha * error;
            b = phi * b + beta * error;
            s[slot] += Kind == SmoothingKind.DampedTrendAdditiveSeasonal ? gamma * error : 0.0;
        }

        return path;
    }

    private static int ParameterCount(SmoothingKind kind) => kind switch
    {
        SmoothingKind.Simple => 2,
        SmoothingKind.DampedTrend => 5,
        _ => 4 + 2 + (SeasonLength - 1),
    };

    private static IEnumerable<double[]> Starts(int dimensions)
    {
        foreach (var (alpha, gamma) in new[] { (0.2, 0.1), (0.6, 0.1), (0.2, 0.5) })
        {
            yield return dimensions switch
            {
                1 => [alpha],
                3 => [alpha, 0.1, 0.5],
                _ => [alpha, 0.1, gamma, 0.5],
            };
        }
    }

    /// <summary>Maps the unit box onto the usual admissible region: 0 &lt; α &lt; 1, 0 ≤ β ≤ α, 0 ≤ γ ≤ 1 − α, 0.8 ≤ φ ≤ 0.98.</summary>
    private static SmoothingParameters Map(SmoothingKind kind, double[] u)
    {
        var alpha = 1e-4 + (1 - 2e-4) * u[0];
        return kind switch
        {
            SmoothingKind.Simple => new SmoothingParameters(alpha, null, null, null),
            SmoothingKind.DampedTrend => new SmoothingParameters(alpha, alpha * u[1], null, MinPhi + (MaxPhi - MinPhi) * u[2]),
            _ => new SmoothingParameters(alpha, alpha * u[1], (1 - alpha) * u[2], MinPhi + (MaxPhi - MinPhi) * u[3]),
        };
    }

    private static (State Final, double SumOfSquaredErrors) Filter(SmoothingKind kind, IReadOnlyList<double> y, SmoothingParameters p, State initial)
    {
        var (l, b) = (initial.Level, initial.Trend);
        var s = (double[])initial.Seasonal.Clone();
        var (alpha, beta, gamma, phi) = (p.Alpha, p.Beta ?? 0.0, p.Gamma ?? 0.0, p.Phi ?? 0.0);
        var sse = 0.0;
        for (var t = 0; t < y.Count; t++)
        {
            var slot = t % SeasonLength;
            var error = y[t] - (l + phi * b + s[slot]);
            sse += error * error;
            l = l + phi * b + alpha * error;
            b = phi * b + beta * error;
            if (kind == SmoothingKind.DampedTrendAdditiveSeasonal)
            {
                s[slot] += gamma * error;
            }
        }

        return (new State(l, b, s), sse);
    }

    /// <summary>
    /// Initial states (the state "before" t = 0) from ordinary least squares over the first three seasons (or the whole
    /// series if shorter; later years would drag an evolving pattern's start towards its average): a line for the trend
    /// models, a line plus month-of-season dummies for Holt-Winters (offsets centred to sum to zero); the mean of the
    /// first months for simple smoothing. Estimated once, then the smoothing parameters are fitted from there;
    /// σ² counts them among the estimated parameters.
    /// </summary>
    private static State InitialState(SmoothingKind kind, IReadOnlyList<double> y)
    {
        var m = SeasonLength;
        if (kind == SmoothingKind.Simple)
        {
            return new State(y.Take(4).Average(), 0.0, new double[m]);
        }

        var seasonal = kind == SmoothingKind.DampedTrendAdditiveSeasonal;
        var columns = seasonal ? 2 + (m - 1) : 2;
        var window = Math.Min(y.Count, InitialWindow);
        var design = Matrix<double>.Build.Dense(window, columns, (t, c) => c switch
        {
            0 => 1.0,
            1 => t,
            _ => t % m == c - 1 ? 1.0 : 0.0,
        });
        var coefficients = design.QR().Solve(Vector<double>.Build.DenseOfEnumerable(y.Take(window)));
        var offsets = new double[m];
        for (var slot = 1; seasonal && slot < m; slot++)
        {
            offsets[slot] = coefficients[slot + 1];
        }

        var centre = offsets.Average();
        var (intercept, slope) = (coefficients[0] + centre, coefficients[1]);
        return new State(intercept - slope, slope, offsets.Select(o => o - centre).ToArray());
    }

    private sealed record State(double Level, double Trend, double[] Seasonal);
}
