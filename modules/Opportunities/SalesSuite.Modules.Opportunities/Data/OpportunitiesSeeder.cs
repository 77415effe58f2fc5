using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Opportunities.Data;

/// <summary>Every tenant gets the default pipeline (the demo's sample opportunities come from SalesSuite.Demo).</summary>
internal sealed class OpportunitiesSeeder(ModuleDbContextFactory<OpportunitiesDbContext> contexts) : IModuleSeeder
{
    public static IReadOnlyList<PipelineStage> DefaultPipeline() =>
    [
        PipelineStage.Create("Qualification", 1, 10, StageKind.Open),
        PipelineStage.Create("Needs analysis", 2, 25, StageKind.Open),
        PipelineStage.Create("Proposal", 3, 50, StageKind.Open),
        PipelineStage.Create("Negotiation", 4, 75, StageKind.Open),
        PipelineStage.Create("Won", 5, 100, StageKind.Won),
        PipelineStage.Create("Lost", 6, 0, StageKind.Lost),
    ];

    public async Task<bool> SeedAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        if (await db.Stages.AnyAsync(cancellationToken))
        {
            return false;
        }

        db.Stages.AddRange(DefaultPipeline());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
