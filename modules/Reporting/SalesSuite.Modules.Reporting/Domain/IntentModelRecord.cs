using System.Text.Json;
using SalesSuite.Modules.Reporting.Analytics;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>The tenant's stored purchase-intent model (one row): when it was trained, on what, how well, and the fitted model.</summary>
internal sealed class IntentModelRecord : AggregateRoot
{
    public string Key { get; set; } = "default";

    public DateTimeOffset TrainedAt { get; set; }

    public IntentModelStatus Status { get; set; }

    public int Examples { get; set; }

    public int Won { get; set; }

    public int Lost { get; set; }

    /// <summary>AUC of a model fitted on the older deals, measured on the newest ones (held out).</summary>
    public double? Auc { get; set; }

    public string Message { get; set; } = string.Empty;

    /// <summary>The fitted <see cref="IntentModelState"/> as JSON (null without a model).</summary>
    public string? ModelJson { get; set; }

    public IntentModel? Model => ModelJson is null ? null : IntentModel.FromState(JsonSerializer.Deserialize<IntentModelState>(ModelJson)!);
}
