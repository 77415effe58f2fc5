using SalesSuite.Modules.Reporting.Analytics;
using SalesSuite.Modules.Reporting.Domain;

namespace SalesSuite.Modules.Reporting.Tests.Domain;

/// <summary>The stored intent model's own rules: what a training's outcome leaves in it, and what an untrained tenant is shown.</summary>
public sealed class IntentModelRecordAggregateTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    private static readonly IntentTraining Fitted = new(IntentTrainingOutcome.Trained, 40, 22, 18,
        IntentModel.FromState(new IntentModelState(["interactions"], [3.0], [1.5], -0.2, [0.8], 6)),
        new IntentEvaluation(30, 10, 6, 4, 0.81, 0.7, 0.5, "AUC 0.81 on the 10 newest deals"), "Trained on 40 closed deals");

    [Fact]
    public void A_first_training_stores_its_counts_its_quality_and_the_fitted_model()
    {
        var record = IntentModelRecord.Trained(Fitted, Monday);

        Assert.Equal((IntentModelStatus.Trained, Monday, 40, 22, 18, (double?)0.81), (record.Status, record.TrainedAt, record.Examples, record.Won,
            record.Lost, record.Auc));
        Assert.Equal("Trained on 40 closed deals. AUC 0.81 on the 10 newest deals.", record.Message);
        Assert.Equal(["interactions"], record.Model!.FeatureNames);
        Assert.Equal(-0.2, record.Model.Intercept);
    }

    [Fact]
    public void A_refused_retraining_replaces_the_model_with_its_counts_and_no_model()
    {
        var record = IntentModelRecord.Trained(Fitted, Monday);

        record.Retrained(new IntentTraining(IntentTrainingOutcome.NotEnoughHistory, 12, 10, 2, null, null, "Not enough closed deals"), Monday.AddDays(1));

        Assert.Equal((IntentModelStatus.InsufficientData, Monday.AddDays(1), 12, 10, 2, (double?)null, "Not enough closed deals."),
            (record.Status, record.TrainedAt, record.Examples, record.Won, record.Lost, record.Auc, record.Message));
        Assert.Null(record.ModelJson);
        Assert.Null(record.Model);
    }

    [Fact]
    public void A_tenant_never_trained_is_shown_how_it_will_be()
    {
        var record = IntentModelRecord.NotTrainedYet();

        Assert.Equal(IntentModelStatus.NotTrained, record.Status);
        Assert.Equal("Not trained yet: it is trained daily, or now by trainIntentModel.", record.Message);
        Assert.Null(record.Model);
    }
}
