using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Features.CompleteOpportunityFollowUp;

/// <summary>Marks a visible follow-up as done (one done already keeps its first time).</summary>
internal sealed class CompleteOpportunityFollowUpHandler(ModuleDbContextFactory<OpportunitiesDbContext> contexts, TimeProvider clock)
{
    public async Task<FollowUp> HandleAsync(CompleteOpportunityFollowUpInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var id = GlobalId.Decode(input.Id, "OpportunityFollowUp", "id");
        var followUp = await db.FollowUps.AsTracking().FirstOrDefaultAsync(f => f.Id == id, ct)
            ?? throw AppException.NotFound("OpportunityFollowUp", InputValues.Clean(input.Id)!);
        followUp.Complete(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return followUp;
    }
}
