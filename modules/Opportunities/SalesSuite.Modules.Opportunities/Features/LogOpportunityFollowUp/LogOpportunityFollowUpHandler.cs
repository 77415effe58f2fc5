using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Opportunities.Features.LogOpportunityFollowUp;

/// <summary>Adds an entry to the follow-up log of a visible opportunity.</summary>
internal sealed class LogOpportunityFollowUpHandler(ModuleDbContextFactory<OpportunitiesDbContext> contexts, ICurrentUser user, TimeProvider clock)
{
    public async Task<FollowUp> HandleAsync(LogOpportunityFollowUpInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var id = GlobalId.Decode(input.OpportunityId, "Opportunity", "opportunityId");
        if (!await db.Opportunities.AnyAsync(o => o.Id == id, ct))
        {
            throw AppException.NotFound("Opportunity", InputValues.Clean(input.OpportunityId)!);
        }

        var now = clock.GetUtcNow();
        LogOpportunityFollowUpValidator.Check(input, now);
        var followUp = FollowUp.Log(id, input.Note, input.NextFollowUpAt, user.UserIdOrThrow, now);
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync(ct);
        return followUp;
    }
}
