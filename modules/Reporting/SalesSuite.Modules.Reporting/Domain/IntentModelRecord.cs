using System.Text.Json;
using SalesSuite.Modules.Reporting.Analytics;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>The tenant's stored purchase-intent model (one row): when it was trained, on what, how well, and the fitted model.</summary>
internal sealed class IntentModelRecord : AggregateRoot
{
    /// <summary>For EF Core and restores.</summary>
    private IntentModelRecord()
    {
    }

    public string Key { get; private set; } = "default";

    public DateTimeOffset TrainedAt { get; private set; }

    public IntentModelStatus Status { get; private set; }

    public int Examples { get; private set; }

    public int Won { get; private set; }

    public int Lost { get; private set; }

    /// <summary>AUC of a model fitted on the older deals, measured on the newest ones (held out).</summary>
    public double? Auc { get; private set; }

    public string Message { get; private set; } = string.Empty;

    /// <summary>The fitted <see cref="IntentModelState"/> as JSON (null without a model).</summary>
    public string? ModelJson { get; private set; }

    /// <summary>What a tenant whose model was never trained is shown (never stored).</summary>
    public static IntentModelRecord NotTrainedYet() =>
        new() { Status = IntentModelStatus.NotTrained, Message = "Not trained yet: it is trained daily, or now by trainIntentModel." };

    /// <summary>The tenant's first stored model: the outcome of <paramref name="training"/> at <paramref name="at"/>.</summary>
    public static IntentModelRecord Trained(IntentTraining training, DateTimeOffset at)
    {
        var record = new IntentModelRecord();
        record.Retrained(training, at);
        return record;
    }

    /// <summary>
    /// Replaces what it holds with the outcome of <paramref name="training"/> at <paramref name="at"/>: a fitted model, or a
    /// refusal for want of data (with its counts, and no model).
    /// </summary>
    public void Retrained(IntentTraining training, DateTimeOffset at)
    {
        TrainedAt = at;
        Examples = training.Closed;
        Won = training.Won;
        Lost = training.Lost;
        Status = training.Outcome == IntentTrainingOutcome.Trained ? IntentModelStatus.Trained : IntentModelStatus.InsufficientData;
        Auc = training.Evaluation?.Auc;
        Message = training.Evaluation is { } evaluation ? $"{training.Description}. {evaluation.Description}." : training.Description + ".";
        ModelJson = training.Model is { } model ? JsonSerializer.Serialize(model.State) : null;
    }

    public IntentModel? Model => ModelJson is null ? null : IntentModel.FromState(JsonSerializer.Deserialize<IntentModelState>(ModelJson)!);
}
