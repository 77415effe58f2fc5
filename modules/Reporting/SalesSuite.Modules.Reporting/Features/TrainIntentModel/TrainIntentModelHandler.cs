using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;

namespace SalesSuite.Modules.Reporting.Features.TrainIntentModel;

/// <summary>Retrains the tenant's purchase-intent model now, as the daily job does.</summary>
internal sealed class TrainIntentModelHandler(IntentScoring scoring)
{
    public Task<IntentModelRecord> HandleAsync(TrainIntentModelInput input, CancellationToken ct) => scoring.TrainAsync(ct);
}
