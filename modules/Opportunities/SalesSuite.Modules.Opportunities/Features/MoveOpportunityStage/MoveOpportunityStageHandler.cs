using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Opportunities.Features.MoveOpportunityStage;

/// <summary>Moves an open opportunity to another stage; a won or lost stage closes it (a lost one needs a reason) and says so to the other modules.</summary>
internal sealed class MoveOpportunityStageHandler(ModuleDbContextFactory<OpportunitiesDbContext> contexts, ICurrentUser user, TimeProvider clock)
{
    public async Task<Opportunity> HandleAsync(MoveOpportunityStageInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var opportunity = await db.LoadOpportunityAsync(input.Id, input.Version, ct);
        opportunity.EnsureOpen(); // before the stage is looked up
        var stageId = GlobalId.Decode(input.StageId, "PipelineStage", "stageId");
        var stage = await db.Stages.FirstOrDefaultAsync(s => s.Id == stageId, ct);
        var now = clock.GetUtcNow();
        db.StageChanges.Add(opportunity.MoveTo(stage, user.UserIdOrThrow, now, input.Reason));
        if (opportunity.Status == OpportunityStatus.Won)
        {
            db.Publish(new OpportunityWon(opportunity.Id, opportunity.CustomerId, opportunity.OwnerId, opportunity.Amount, opportunity.Currency, now,
                opportunity.AmountInBase, opportunity.BaseCurrency));
        }
        else if (opportunity.Status == OpportunityStatus.Lost)
        {
            db.Publish(new OpportunityLost(opportunity.Id, opportunity.CustomerId, opportunity.OwnerId, opportunity.CloseReason!, now));
        }

        db.Touch(opportunity);
        await db.SaveChangesAsync(ct);
        return opportunity;
    }
}
