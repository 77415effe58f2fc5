using Mapster;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.Modules.Opportunities.Integration;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Opportunities.Features.CreateOpportunity;

/// <summary>
/// Registers an opportunity for a visible customer in the first open stage (or the one asked for), converts its amount to the base
/// currency and gives it to the owner asked for, else to the assignment rules' choice, else to the caller. The Customers and
/// Automation modules may be disabled: their services come as sequences, empty when the module is off.
/// </summary>
internal sealed class CreateOpportunityHandler(
    ModuleDbContextFactory<OpportunitiesDbContext> contexts,
    ICurrentUser user,
    TimeProvider clock,
    OpportunityConversion conversion,
    IEnumerable<ICustomerDirectory> customers,
    IEnumerable<IAssignmentRules> assignmentRules)
{
    public async Task<Opportunity> HandleAsync(CreateOpportunityInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customerId = GlobalId.Decode(input.CustomerId, "Customer", "customerId");
        var directory = customers.FirstOrDefault()
            ?? throw new AppException(ErrorCodes.ModuleDisabled, "Opportunities need the Customers module, which is not available.");
        if (!(await directory.VisibleAsync([customerId], ct)).Contains(customerId))
        {
            throw AppException.NotFound("Customer", InputValues.Clean(input.CustomerId)!);
        }

        var stages = await db.Stages.Where(s => s.Active).OrderBy(s => s.Position).ToListAsync(ct);
        var stage = InputValues.Clean(input.StageId) is not null
            ? stages.FirstOrDefault(s => s.Id == GlobalId.Decode(input.StageId, "PipelineStage", "stageId"))
            : stages.FirstOrDefault(s => s.Kind == StageKind.Open);
        var now = clock.GetUtcNow();
        var details = input.Adapt<OpportunityDetailsEdit>(OpportunitiesMapping.Config).ToDetails() with { Title = input.Title };
        var opportunity = Opportunity.Register(customerId, stage, details, now);
        await conversion.ConvertAsync(opportunity, DateOnly.FromDateTime(now.UtcDateTime), currencyChanged: true, ct);
        var decision = input.OwnerId is null && assignmentRules.FirstOrDefault() is { } rules
            ? await rules.AssignAsync(new AssignmentRequest(AssignmentKind.Opportunity, opportunity.Id, Source: opportunity.Source,
                Need: $"{opportunity.Title} {opportunity.Requirement}", Value: opportunity.AmountInBase), ct)
            : null;
        if (decision is not null)
        {
            db.AllowOwner(decision.OwnerId);
        }

        var (entered, assigned) = opportunity.Open(input.OwnerId ?? decision?.OwnerId ?? user.UserIdOrThrow, user.UserIdOrThrow,
            decision is null ? "created" : $"created; assigned by rule '{decision.RuleName}'");
        db.Opportunities.Add(opportunity);
        db.StageChanges.Add(entered);
        db.Assignments.Add(assigned);
        db.Publish(new OpportunityCreated(opportunity.Id, opportunity.CustomerId, opportunity.OwnerId, now));
        await db.SaveChangesAsync(ct);
        return opportunity;
    }
}
