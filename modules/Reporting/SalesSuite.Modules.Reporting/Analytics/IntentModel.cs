namespace SalesSuite.Modules.Reporting.Analytics;

/// <summary>A factor of an intent score: the feature, its raw value and its share of the logit (coefficient × standardised value).</summary>
internal sealed record IntentFactor(string Feature, double Value, double Contribution);

/// <summary>A fitted model as stored: feature names, standardisation, intercept and coefficients.</summary>
internal sealed record IntentModelState(string[] Features, double[] Means, double[] Scales, double Intercept, double[] Coefficients, int Iterations);

/// <summary>Win probability, the 0..100 score (probability × 100, rounded) and the factors, largest |contribution| first.</summary>
internal sealed record IntentScore(double Probability, int Score, IReadOnlyList<IntentFactor> Factors);

/// <summary>
/// A tenant's purchase-intent model: logistic regression on standardised features. The factors of a score sum
/// to its logit minus <see cref="Intercept"/>, so each says how far it moved the score from the tenant's average deal.
/// </summary>
internal sealed class IntentModel
{
    private readonly double[] means;
    private readonly double[] scales;
    private readonly double[] coefficients;

    public IntentModel(IReadOnlyList<string> featureNames, double[] means, double[] scales, double intercept, double[] coefficients, int iterations)
    {
        FeatureNames = featureNames.ToArray();
        this.means = means;
        this.scales = scales;
        this.coefficients = coefficients;
        Intercept = intercept;
        Iterations = iterations;
    }

    public IReadOnlyList<string> FeatureNames { get; }

    public double Intercept { get; }

    /// <summary>Newton iterations the fit took.</summary>
    public int Iterations { get; }

    /// <summary>Coefficients per standardised feature: the change in logit for one standard deviation more.</summary>
    public IReadOnlyDictionary<string, double> Coefficients => FeatureNames.Select((name, j) => (name, j)).ToDictionary(x => x.name, x => coefficients[x.j]);

    public IntentScore Score(IReadOnlyDictionary<string, double> features)
    {
        var values = IntentFeatures.Read(FeatureNames, features, "features");
        var factors = FeatureNames
            .Select((name, j) => new IntentFactor(name, values[j], coefficients[j] * Standardise(values[j], j)))
            .OrderByDescending(f => Math.Abs(f.Contribution))
            .ThenBy(f => f.Feature, StringComparer.Ordinal)
            .ToArray();
        var probability = Logistic.Sigmoid(Intercept + factors.Sum(f => f.Contribution));
        return new IntentScore(probability, (int)Math.Round(100 * probability, MidpointRounding.AwayFromZero), factors);
    }

    /// <summary>Everything needed to score again later (stored with the tenant's model).</summary>
    public IntentModelState State => new(FeatureNames.ToArray(), means, scales, Intercept, coefficients, Iterations);

    public static IntentModel FromState(IntentModelState state) =>
        new(state.Features, state.Means, state.Scales, state.Intercept, state.Coefficients, state.Iterations);

    internal double Logit(double[] values) => Intercept + values.Select((v, j) => coefficients[j] * Standardise(v, j)).Sum();

    private double Standardise(double value, int j) => (value - means[j]) / scales[j];
}

internal static class Logistic
{
    public static double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    /// <summary>log(1 + eˣ) without overflow.</summary>
    public static double Softplus(double x) => x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x));
}

internal static class IntentFeatures
{
    public static double[] Read(IReadOnlyList<string> names, IReadOnlyDictionary<string, double> features, string what) =>
        names.Select(name => features.TryGetValue(name, out var value)
            ? double.IsFinite(value) ? value : throw new ArgumentException($"Feature '{name}' of {what} is not a finite number.")
            : throw new ArgumentException($"Feature '{name}' is missing from {what}.")).ToArray();
}
