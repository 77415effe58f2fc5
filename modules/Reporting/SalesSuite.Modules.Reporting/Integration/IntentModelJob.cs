using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Jobs;

namespace SalesSuite.Modules.Reporting.Integration;

/// <summary>Retrains a tenant's intent model when it is older than a day (or missing), decided from its stored TrainedAt.</summary>
internal sealed class IntentModelJob(IntentScoring scoring) : ITenantJob
{
    public static readonly TimeSpan RetrainAfter = TimeSpan.FromDays(1);

    public string Name => "intent-model";

    public async Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        var current = await scoring.CurrentAsync(cancellationToken);
        if (current.Status == IntentModelStatus.NotTrained || context.Now - current.TrainedAt >= RetrainAfter)
        {
            await scoring.TrainAsync(cancellationToken);
        }
    }
}
