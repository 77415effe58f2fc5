using SalesSuite.Modules.Reporting.Analytics;
using Xunit.Abstractions;

namespace SalesSuite.Modules.Reporting.Tests.Analytics;

[Collection(HeavyComputation.Name)]
public sealed class IntentTrainerTests(ITestOutputHelper output)
{
    private static readonly string[] Features = ["interactions30", "daysSinceContact", "priorPaidOrders", "logAmount", "sourceReferral"];

    /// <summary>The generating model, on raw features: interactions and prior orders help, silence hurts, amount does not matter.</summary>
    private static double TrueLogit(IReadOnlyDictionary<string, double> f) =>
        -0.5 + 0.4 * f["interactions30"] - 0.05 * f["daysSinceContact"] + 0.8 * f["priorPaidOrders"] + 0.0 * f["logAmount"] + 0.7 * f["sourceReferral"];

    [Fact]
    public void A_model_trained_on_data_from_a_known_logistic_model_recovers_its_signs_and_ranks_held_out_deals()
    {
        var random = new Random(1125);
        var examples = Deals(800, random, f => random.NextDouble() < Logistic.Sigmoid(TrueLogit(f)));

        var training = IntentTrainer.Train(Features, examples);

        Assert.Equal(IntentTrainingOutcome.Trained, training.Outcome);
        var coefficients = training.Model!.Coefficients;
        var evaluation = training.Evaluation!;
        var testRows = examples.OrderBy(e => e.ClosedAt).ThenBy(e => e.Id, StringComparer.Ordinal).TakeLast(evaluation.TestCount).ToArray();
        var oracle = RankMetrics.Auc(testRows.Select(e => TrueLogit(e.Features)).ToArray(), testRows.Select(e => e.Won).ToArray())!.Value;
        output.WriteLine(
            $"{string.Join(", ", coefficients.Select(c => $"{c.Key} {c.Value:F3}"))}; {evaluation}; AUC of the true model on the same deals {oracle:F3}");

        Assert.True(coefficients["interactions30"] > 0);
        Assert.True(coefficients["daysSinceContact"] < 0);
        Assert.True(coefficients["priorPaidOrders"] > 0);
        Assert.True(coefficients["sourceReferral"] > 0);
        // One sd of a real effect moves the logit by 0.35..1.2 here; the null effect's estimate has a standard error
        // of about 2/√800 ≈ 0.07, so 0.2 is about three of them.
        Assert.InRange(coefficients["logAmount"], -0.2, 0.2);
        Assert.Equal(600, evaluation.TrainCount);
        Assert.Equal(200, evaluation.TestCount);
        // The true model cannot be beaten on average; the AUC of an estimate from 600 deals should stay within a few
        // hundredths of it (AUC's own sampling sd on 200 deals is ≈ 0.03), and well above chance.
        Assert.InRange(evaluation.Auc!.Value, oracle - 0.05, 1.0);
        Assert.True(evaluation.Auc > 0.75, $"AUC {evaluation.Auc}");
        Assert.True(evaluation.LogLoss < Math.Log(2), $"log-loss {evaluation.LogLoss}");
    }

    [Fact]
    public void Labels_of_pure_noise_give_a_held_out_auc_near_one_half()
    {
        var random = new Random(99);
        var examples = Deals(2000, random, _ => random.NextDouble() < 0.4);

        var evaluation = IntentTrainer.Train(Features, examples).Evaluation!;

        output.WriteLine($"{evaluation}");
        // Under the null hypothesis the AUC of 500 held-out deals (≈ 200 won, 300 lost) has sd √((n₊+n₋+1)/(12·n₊·n₋)) ≈ 0.026;
        // ±0.08 is three of those.
        Assert.Equal(500, evaluation.TestCount);
        Assert.InRange(evaluation.Auc!.Value, 0.42, 0.58);
    }

    [Fact]
    public void Perfectly_separable_deals_give_finite_coefficients()
    {
        var random = new Random(5);
        var examples = Deals(200, random, f => f["interactions30"] > 4);

        var training = IntentTrainer.Train(Features, examples);

        var model = training.Model!;
        output.WriteLine(
            $"{string.Join(", ", model.Coefficients.Select(c => $"{c.Key} {c.Value:F3}"))}; intercept {model.Intercept:F3}; {model.Iterations} iterations; " +
            $"{training.Evaluation}");
        Assert.True(model.Iterations < 100);
        // Without a penalty the separating coefficient would grow without bound; with λ = 1 its size is bounded by the
        // penalty: the penalised objective at its minimum is at most its value at w = 0, n·log 2, and the negative
        // log-likelihood is never below 0, so ½·λ·|w|² ≤ n·log 2, |w| ≤ √(2·200·log 2) ≈ 16.7. The unpenalised
        // intercept is held by the two classes both being present.
        Assert.All(model.Coefficients.Values, w => Assert.True(Math.Abs(w) < 16.7, $"{w}"));
        Assert.True(double.IsFinite(model.Intercept));
        Assert.True(model.Coefficients["interactions30"] > 1);
        Assert.True(training.Evaluation!.Auc > 0.99);
        var sure = model.Score(Row(interactions: 12, days: 3, orders: 2, amount: 9, referral: 1));
        Assert.True(sure.Probability is > 0.9 and < 1.0 && sure.Score <= 100);
    }

    [Theory]
    [InlineData(19, 10)]
    [InlineData(40, 4)]
    [InlineData(40, 36)]
    public void Too_little_history_is_refused_with_the_counts(int closed, int won)
    {
        var examples = Enumerable.Range(0, closed).Select(i => Example(i, Row(i % 7, i, 0, 8, 0), i < won)).ToArray();

        var training = IntentTrainer.Train(Features, examples);

        Assert.Equal(IntentTrainingOutcome.NotEnoughHistory, training.Outcome);
        Assert.Null(training.Model);
        Assert.Equal((closed, won, closed - won), (training.Closed, training.Won, training.Lost));
        Assert.Contains($"{closed} closed deals ({won} won, {closed - won} lost)", training.Description);
    }

    [Fact]
    public void The_factors_of_a_score_sum_to_its_logit_minus_the_intercept_largest_first()
    {
        var random = new Random(11);
        var model = IntentTrainer.Train(Features, Deals(300, random, f => random.NextDouble() < Logistic.Sigmoid(TrueLogit(f)))).Model!;

        var score = model.Score(Row(interactions: 9, days: 40, orders: 1, amount: 10.5, referral: 0));

        var logit = Math.Log(score.Probability / (1 - score.Probability));
        output.WriteLine(string.Join(", ", score.Factors.Select(f => $"{f.Feature} {f.Contribution:+0.000;-0.000}"))
            + $"; p {score.Probability:F3}, score {score.Score}");
        Assert.Equal(logit - model.Intercept, score.Factors.Sum(f => f.Contribution), 9);
        Assert.Equal(Features.Order(StringComparer.Ordinal), score.Factors.Select(f => f.Feature).Order(StringComparer.Ordinal));
        Assert.Equal(score.Factors.Select(f => Math.Abs(f.Contribution)).OrderDescending(), score.Factors.Select(f => Math.Abs(f.Contribution)));
        Assert.Equal((int)Math.Round(100 * score.Probability, MidpointRounding.AwayFromZero), score.Score);
        Assert.True(score.Factors.Single(f => f.Feature == "daysSinceContact").Contribution < 0, "40 days of silence lowers the score");
    }

    [Fact]
    public void The_same_deals_in_any_order_give_the_same_model_and_scores()
    {
        var random = new Random(8);
        var examples = Deals(120, random, f => random.NextDouble() < Logistic.Sigmoid(TrueLogit(f)));
        var shuffled = examples.OrderBy(e => e.Id.GetHashCode(StringComparison.Ordinal)).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var item = Row(interactions: 3, days: 12, orders: 0, amount: 7.5, referral: 1);

        var first = IntentTrainer.Train(Features, examples);
        var second = IntentTrainer.Train(Features, shuffled);

        Assert.Equal(first.Model!.Coefficients, second.Model!.Coefficients);
        Assert.Equal(first.Model.Intercept, second.Model.Intercept);
        Assert.Equal(first.Evaluation, second.Evaluation);
        Assert.Equal(first.Model.Score(item).Probability, second.Model.Score(item).Probability);
        Assert.Equal(first.Model.Score(item).Factors, second.Model.Score(item).Factors);
    }

    [Fact]
    public void A_missing_or_non_finite_feature_or_a_repeated_deal_id_is_refused()
    {
        var random = new Random(2);
        var model = IntentTrainer.Train(Features, Deals(60, random, _ => random.NextDouble() < 0.5)).Model!;
        var missing = Row(1, 2, 3, 4, 0).Where(kv => kv.Key != "logAmount").ToDictionary();
        var infinite = new Dictionary<string, double>(Row(1, 2, 3, 4, 0)) { ["logAmount"] = double.PositiveInfinity };

        Assert.Throws<ArgumentException>(() => model.Score(missing));
        Assert.Throws<ArgumentException>(() => model.Score(infinite));
        Assert.Throws<ArgumentException>(() => IntentTrainer.Train(Features, [Example(0, missing, true)]));
        Assert.Throws<ArgumentException>(() => IntentTrainer.Train(Features, [Example(0, Row(1, 2, 3, 4, 0), true), Example(0, Row(1, 2, 3, 4, 0), false)]));
    }

    [Fact]
    public void A_constant_feature_gets_no_weight()
    {
        var random = new Random(4);
        var examples = Deals(100, random, f => random.NextDouble() < Logistic.Sigmoid(TrueLogit(f)))
            .Select(e => e with { Features = new Dictionary<string, double>(e.Features) { ["sourceReferral"] = 1 } })
            .ToArray();

        var model = IntentTrainer.Train(Features, examples).Model!;

        Assert.Equal(0.0, model.Coefficients["sourceReferral"]);
        Assert.Equal(0.0, model.Score(Row(1, 2, 0, 8, 0)).Factors.Single(f => f.Feature == "sourceReferral").Contribution);
    }

    private static IntentExample[] Deals(int count, Random random, Func<IReadOnlyDictionary<string, double>, bool> won) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var features = Row(
                interactions: random.Next(0, 11),
                days: Math.Round(-20 * Math.Log(1 - random.NextDouble()), 1),
                orders: random.Next(0, 4),
                amount: 6 + 3 * random.NextDouble(),
                referral: random.NextDouble() < 0.3 ? 1 : 0);
            return Example(i, features, won(features));
        }).ToArray();

    private static IntentExample Example(int i, IReadOnlyDictionary<string, double> features, bool won) =>
        new($"deal-{i:D5}", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(7 * i), features, won);

    private static Dictionary<string, double> Row(double interactions, double days, double orders, double amount, double referral) => new()
    {
        ["interactions30"] = interactions,
        ["daysSinceContact"] = days,
        ["priorPaidOrders"] = orders,
        ["logAmount"] = amount,
        ["sourceReferral"] = referral,
    };
}
