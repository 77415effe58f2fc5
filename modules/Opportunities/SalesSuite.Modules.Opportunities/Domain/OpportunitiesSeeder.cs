using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Opportunities.Domain;

/// <summary>Every tenant gets the default pipeline (the demo's sample opportunities come from SalesSuite.Demo).</summary>
internal sealed class OpportunitiesSeeder(ModuleDbContextFactory<OpportunitiesDbContext> contexts) : IModuleSeeder
{
    public static IReadOnlyList<PipelineStage> DefaultPipeline() =>
    [
        new() { Name = "Qualification", Position = 1, DefaultProbability = 10, Kind = StageKind.Open },
        new() { Name = "Needs analysis", Position = 2, DefaultProbability = 25, Kind = StageKind.Open },
        new() { Name = "Proposal", Position = 3, DefaultProbability = 50, Kind = StageKind.Open },
        new() { Name = "Negotiation", Position = 4, DefaultProbability = 75, Kind = StageKind.Open },
        new() { Name = "Won", Position = 5, DefaultProbability = 100, Kind = StageKind.Won },
        new() { Name = "Lost", Position = 6, DefaultProbability = 0, Kind = StageKind.Lost },
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
