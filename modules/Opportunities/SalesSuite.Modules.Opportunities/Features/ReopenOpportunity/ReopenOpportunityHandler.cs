using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Opportunities.Features.ReopenOpportunity;

/// <summary>Takes a won or lost opportunity back to the pipeline's last active open stage.</summary>
internal sealed class ReopenOpportunityHandler(ModuleDbContextFactory<OpportunitiesDbContext> contexts, ICurrentUser user, TimeProvider clock)
{
    public async Task<Opportunity> HandleAsync(ReopenOpportunityInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var opportunity = await db.LoadOpportunityAsync(input.Id, input.Version, ct);
        var stage = await db.Stages.Where(s => s.Active && s.Kind == StageKind.Open).OrderByDescending(s => s.Position).FirstOrDefaultAsync(ct);
        db.StageChanges.Add(opportunity.Reopen(stage, user.UserIdOrThrow, clock.GetUtcNow()));
        db.Touch(opportunity);
        await db.SaveChangesAsync(ct);
        return opportunity;
    }
}
