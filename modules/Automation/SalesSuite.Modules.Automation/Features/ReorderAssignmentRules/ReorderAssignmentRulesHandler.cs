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
        if (ids.Distinct().Count() != ids.Count || ids.Count != rules.Count || rules.Any(r => !ids.Contains(r.Id)))
        {
            throw AppException.Invalid("ids", "must list each of the tenant's assignment rules exactly once.");
        }

        foreach (var rule in rules)
        {
            var position = ids.IndexOf(rule.Id) + 1;
            if (rule.Position != position)
            {
                rule.Position = position;
            }
        }

        await db.SaveChangesAsync(ct);
        return rules.OrderBy(r => r.Position).ToList();
    }
}
