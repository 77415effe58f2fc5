using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Features.DeleteAssignmentRule;

/// <summary>Deletes a rule and its round-robin cursor; its log entries stay.</summary>
internal sealed class DeleteAssignmentRuleHandler(ModuleDbContextFactory<AutomationDbContext> contexts)
{
    public async Task<Guid> HandleAsync(DeleteAssignmentRuleInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var id = GlobalId.Decode(input.Id, "AssignmentRule", "id");
        var rule = await db.Rules.AsTracking().FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw AppException.NotFound("AssignmentRule", InputValues.Clean(input.Id)!);
        db.Rules.Remove(rule);
        db.Cursors.RemoveRange(await db.Cursors.AsTracking().Where(c => c.RuleId == id).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return id;
    }
}
