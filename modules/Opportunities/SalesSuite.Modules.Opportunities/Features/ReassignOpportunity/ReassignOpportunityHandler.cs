using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Opportunities.Features.ReassignOpportunity;

/// <summary>Gives an opportunity to another owner, recorded in its assignment history.</summary>
internal sealed class ReassignOpportunityHandler(ModuleDbContextFactory<OpportunitiesDbContext> contexts, ICurrentUser user, TimeProvider clock)
{
    public async Task<Opportunity> HandleAsync(ReassignOpportunityInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var opportunity = await db.LoadOpportunityAsync(input.Id, input.Version, ct);
        db.Assignments.Add(opportunity.Reassign(input.OwnerId, user.UserIdOrThrow, clock.GetUtcNow(), input.Reason));
        db.Touch(opportunity);
        await db.SaveChangesAsync(ct);
        return opportunity;
    }
}
