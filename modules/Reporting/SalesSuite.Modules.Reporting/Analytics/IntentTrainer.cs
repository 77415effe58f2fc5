using MathNet.Numerics.LinearAlgebra;

namespace SalesSuite.Modules.Reporting.Analytics;

/// <summary>A closed deal: when it closed, its features (by name) and whether it was won.</summary>
internal sealed record IntentExample(string Id, DateTimeOffset ClosedAt, IReadOnlyDictionary<string, double> Features, bool Won);

/// <summary>L2 strength on standardised coefficients (a N(0, 1/λ) prior), held-out share, and the refusal thresholds.</summary>
internal sealed record IntentTrainingOptions(double L2 = 1.0, double HoldOutFraction = 0.25, int MinimumClosed = 20, int MinimumPerClass = 5)
{
    public static readonly IntentTrainingOptions Default = new();
}

internal enum IntentTrainingOutcome
{
    Trained,
    NotEnoughHistory,
}

/// <summary>
/// Quality on the newest deals, of a model fitted on the older ones only. Null metrics: the held-out part lacks a class
/// (AUC), or the older part does (no evaluation model); <see cref="Description"/> says which.
/// </summary>
internal sealed record IntentEvaluation(int TrainCount, int TestCount, int TestWon, int TestLost, double? Auc, double? Accuracy, double? LogLoss,
    string Description);

internal sealed record IntentTraining(IntentTrainingOutcome Outcome, int Closed, int Won, int Lost, IntentModel? Model, IntentEvaluation? Evaluation,
    string Description);

/// <summary>
/// Trains a tenant's purchase-intent model on its own closed deals: logistic regression on standardised
/// features with an L2 penalty (intercept unpenalised), fitted by Newton-Raphson (IRLS) with step halving.
/// Evaluated time-ordered: the newest quarter of deals is held out from a model fitted on the older ones, as the model
/// will be used (trained on the past, scoring what comes next); the returned model is then refitted on every deal.
/// </summary>
internal static class IntentTrainer
{
    private const int MaxIterations = 100;
    private const double Tolerance = 1e-9;

    public static IntentTraining Train(IReadOnlyList<string> featureNames, IReadOnlyList<IntentExample> examples, IntentTrainingOptions? options = null)
    {
        options ??= IntentTrainingOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.L2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.HoldOutFraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(options.HoldOutFraction, 1.0);
        if (featureNames.Count == 0 || featureNames.Distinct(StringComparer.Ordinal).Count() != featureNames.Count)
        {
            throw new ArgumentException("Feature names must be non-empty and distinct.", nameof(featureNames));
        }

        if (examples.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count() != examples.Count)
        {
            throw new ArgumentException("Deal ids must be distinct: they order deals that closed at the same time.", nameof(examples));
        }

        var rows = examples
            .OrderBy(e => e.ClosedAt)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => (Values: IntentFeatures.Read(featureNames, e.Features, $"deal {e.Id}"), e.Won))
            .ToArray();
        var won = rows.Count(r => r.Won);
        var lost = rows.Length - won;
        if (rows.Length < options.MinimumClosed || won < options.MinimumPerClass || lost < options.MinimumPerClass)
        {
            return new IntentTraining(IntentTrainingOutcome.NotEnoughHistory, rows.Length, won, lost, null, null,
                $"Not enough history: {rows.Length} closed deals ({won} won, {lost} lost); at least {options.MinimumClosed} " +
                $"closed and {options.MinimumPerClass} of each outcome are needed");
        }

        var testCount = (int)Math.Ceiling(rows.Length * options.HoldOutFraction);
        var evaluation = Evaluate(featureNames, rows[..^testCount], rows[^testCount..], options.L2);
        var model = Fit(featureNames, rows, options.L2);
        return new IntentTraining(IntentTrainingOutcome.Trained, rows.Length, won, lost, model, evaluation,
            $"Logistic regression, L2 {options.L2} on standardised features, {model.Iterations} Newton iterations, fitted on all {rows.Length} closed deals");
    }

    private static IntentEvaluation Evaluate(IReadOnlyList<string> names, (double[] Values, bool Won)[] train, (double[] Values, bool Won)[] test, double l2)
    {
        var (testWon, testLost) = (test.Count(r => r.Won), test.Count(r => !r.Won));
        if (train.All(r => r.Won) || train.All(r => !r.Won))
        {
            return new IntentEvaluation(train.Length, test.Length, testWon, testLost, null, null, null,
                $"Not evaluated: the {train.Length} older deals have only one outcome");
        }

        var model = Fit(names, train, l2);
        var probabilities = test.Select(r => Logistic.Sigmoid(model.Logit(r.Values))).ToArray();
        var labels = test.Select(r => r.Won).ToArray();
        var auc = RankMetrics.Auc(probabilities, labels);
        var accuracy = probabilities.Zip(labels).Count(x => x.First >= 0.5 == x.Second) / (double)test.Length;
        var logLoss = -probabilities.Zip(labels).Average(x => Math.Log(Math.Clamp(x.Second ? x.First : 1 - x.First, 1e-15, 1.0)));
        return new IntentEvaluation(train.Length, test.Length, testWon, testLost, auc, accuracy, logLoss,
            $"Fitted on the {train.Length} oldest closed deals, measured on the {test.Length} newest" +
            (auc is null ? "; no AUC: the newest deals have only one outcome" : string.Empty));
    }

    private static IntentModel Fit(IReadOnlyList<string> names, (double[] Values, bool Won)[] rows, double l2)
    {
        var (n, d) = (rows.Length, names.Count);
        var means = Enumerable.Range(0, d).Select(j => rows.Average(r => r.Values[j])).ToArray();
        var scales = Enumerable.Range(0, d).Select(j =>
        {
            var sd = Math.Sqrt(rows.Average(r => (r.Values[j] - means[j]) * (r.Values[j] - means[j])));
            return sd > 1e-12 * (1 + Math.Abs(means[j])) ? sd : 1.0;
        }).ToArray();
        var x = Matrix<double>.Build.Dense(n, d + 1, (i, j) => j == 0 ? 1.0 : (rows[i].Values[j - 1] - means[j - 1]) / scales[j - 1]);
        var y = Vector<double>.Build.Dense(n, i => rows[i].Won ? 1.0 : 0.0);
        var penalty = Vector<double>.Build.Dense(d + 1, j => j == 0 ? 0.0 : l2);

        double Objective(Vector<double> w)
        {
            var eta = x * w;
            return Enumerable.Range(0, n).Sum(i => Logistic.Softplus(eta[i]) - y[i] * eta[i]) + 0.5 * w.PointwiseMultiply(penalty).DotProduct(w);
        }

        var weights = Vector<double>.Build.Dense(d + 1);
        var current = Objective(weights);
        var iterations = 0;
        while (iterations < MaxIterations)
        {
            iterations++;
            var p = (x * weights).Map(Logistic.Sigmoid);
            var gradient = x.TransposeThisAndMultiply(p - y) + weights.PointwiseMultiply(penalty);
            var curvature = p.Map(v => Math.Max(v * (1 - v), 1e-12));
            var weighted = x.MapIndexed((i, _, v) => v * curvature[i]);
            var hessian = x.TransposeThisAndMultiply(weighted) + Matrix<double>.Build.DiagonalOfDiagonalVector(penalty);
            var step = hessian.Cholesky().Solve(gradient);
            var size = 1.0;
            var candidate = weights - step;
            var value = Objective(candidate);
            while (value > current && size > 1e-10)
            {
                size /= 2;
                candidate = weights - step * size;
                value = Objective(candidate);
            }

            var moved = (candidate - weights).AbsoluteMaximum();
            (weights, current) = value <= current ? (candidate, value) : (weights, current);
            if (moved < Tolerance || value > current)
            {
                break;
            }
        }

        return new IntentModel(names, means, scales, weights[0], weights.SubVector(1, d).ToArray(), iterations);
    }
}
