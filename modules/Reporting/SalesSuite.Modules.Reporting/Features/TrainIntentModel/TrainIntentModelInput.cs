namespace SalesSuite.Modules.Reporting.Features.TrainIntentModel;

/// <summary>Nothing to set: the retraining uses every closed opportunity now.</summary>
internal sealed record TrainIntentModelInput
{
    public string? ClientMutationId { get; init; }
}
