using SalesSuite.Modules.Reporting.Analytics;

namespace SalesSuite.Modules.Reporting.Tests.Analytics;

[Collection(HeavyComputation.Name)]
public sealed class ExponentialSmoothingTests
{
    [Fact]
    public void Simple_smoothing_widens_its_horizon_variance_by_alpha_squared_per_step()
    {
        // The textbook closed form for ETS(A,N,N): σ_h² = σ²(1 + α²(h − 1)).
        var model = ExponentialSmoothingModel.Fit(SmoothingKind.Simple, Synthetic.Noisy(_ => 500, 0, 10, 40, new Random(6)));

        var deviations = model.ForecastStandardDeviations(6);

        var alpha = model.Parameters.Alpha;
        for (var h = 1; h <= 6; h++)
        {
            Assert.Equal(model.ResidualVariance * (1 + alpha * alpha * (h - 1)), deviations[h - 1] * deviations[h - 1], 6);
        }
    }

    [Fact]
    public void The_horizon_variance_formula_matches_simulated_paths_of_the_fitted_model()
    {
        // An independent check of c_j = α + β(φ + … + φ^j) + γ·[j mod 12 = 0]: the variance of 20 000 simulated paths.
        // The sample variance's relative sd is √(2/20000) = 1 %, so 5 % is five of them; a wrong c_j (a missing
        // seasonal term at h = 13, a trend term without damping) shifts the variance by more.
        var history = EtsHistory(60, alpha: 0.3, beta: 0.03, gamma: 0.25, phi: 0.95, sigma: 30, new Random(12));
        var model = ExponentialSmoothingModel.Fit(SmoothingKind.DampedTrendAdditiveSeasonal, history);
        var random = new Random(34);

        var paths = Enumerable.Range(0, 20000).Select(_ => model.SimulatePath(24, random)).ToArray();

        var forecasts = model.Forecast(24);
        var deviations = model.ForecastStandardDeviations(24);
        Assert.True(model.Parameters.Alpha > 0.05 && model.Parameters.Gamma > 0.01,
            $"{model.Parameters}: the check needs smoothing that makes the variance grow");
        foreach (var h in new[] { 1, 2, 6, 12, 13, 14, 24 })
        {
            var values = paths.Select(p => p[h - 1]).ToArray();
            var mean = values.Average();
            var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
            Assert.InRange(mean, forecasts[h - 1] - 0.05 * deviations[h - 1], forecasts[h - 1] + 0.05 * deviations[h - 1]);
            Assert.InRange(variance / (deviations[h - 1] * deviations[h - 1]), 0.95, 1.05);
        }
    }

    [Fact]
    public void Holt_Winters_adds_the_seasonal_term_once_a_full_season_is_crossed()
    {
        var model = ExponentialSmoothingModel.Fit(SmoothingKind.DampedTrendAdditiveSeasonal,
            Synthetic.Noisy(Synthetic.TrendAndSeason, 0, 48, 30, new Random(12)));
        var (alpha, beta, gamma, phi) = (model.Parameters.Alpha, model.Parameters.Beta!.Value, model.Parameters.Gamma!.Value, model.Parameters.Phi!.Value);

        var variances = model.ForecastStandardDeviations(14).Select(d => d * d / model.ResidualVariance).ToArray();

        // c_j = α + β(φ + … + φ^j) + γ·[j = 12]; the increase from step h to h + 1 is c_h².
        static double Damped(double phi, int j) => Enumerable.Range(1, j).Sum(i => Math.Pow(phi, i));
        Assert.Equal(1.0, variances[0], 12);
        Assert.Equal(Math.Pow(alpha + beta * Damped(phi, 11), 2), variances[11] - variances[10], 9);
        Assert.Equal(Math.Pow(alpha + beta * Damped(phi, 12) + gamma, 2), variances[12] - variances[11], 9);
        Assert.Equal(Math.Pow(alpha + beta * Damped(phi, 13), 2), variances[13] - variances[12], 9);
    }

    /// <summary>A history drawn from ETS(A,Ad,A) itself, so that every smoothing parameter has something to fit.</summary>
    private static double[] EtsHistory(int count, double alpha, double beta, double gamma, double phi, double sigma, Random random)
    {
        var (level, trend) = (1000.0, 10.0);
        var season = Enumerable.Range(0, 12).Select(i => 200 * Math.Sin(2 * Math.PI * i / 12)).ToArray();
        var values = new double[count];
        for (var t = 0; t < count; t++)
        {
            var error = sigma * Synthetic.Gaussian(random);
            values[t] = level + phi * trend + season[t % 12] + error;
            level += phi * trend + alpha * error;
            trend = phi * trend + beta * error;
            season[t % 12] += gamma * error;
        }

        return values;
    }
}
