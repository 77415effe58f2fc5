using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Features.ReorderAssignmentRules;

/// <summary>Puts every rule in the order given: the list must name each of the tenant's rules once.</summary>
internal sealed class ReorderAssignmentRulesHandler(ModuleDbContextFactory<AutomationDbContext> contexts)
{
    public async Task<List<AssignmentRule>> HandleAsync(ReorderAssignmentRulesInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var ids = (input.Ids ?? []).Select((s, i) => GlobalId.Decode(s, "AssignmentRule", $"ids[{i}]")).ToList();
        var rules = await db.Rules.AsTracking().ToListAsync(ct);
        AssignmentRule.Reorder(rules, ids);
        await db.SaveChangesAsync(ct);
        return rules.OrderBy(r => r.Position).ToList();
    }
}
