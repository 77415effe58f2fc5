using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Features.SaveAssignmentRule;

/// <summary>Creates a rule (placed last) or replaces the whole of an existing one; the target must be a rep or a team with reps.</summary>
internal sealed class SaveAssignmentRuleHandler(ModuleDbContextFactory<AutomationDbContext> contexts, IRepRoster? roster = null)
{
    private const int MaxConditions = 50;

    public async Task<AssignmentRule> HandleAsync(SaveAssignmentRuleInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        AssignmentRule rule;
        if (InputValues.Clean(input.Id) is { } shownId)
        {
            var id = GlobalId.Decode(input.Id, "AssignmentRule", "id");
            rule = await db.Rules.AsTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw AppException.NotFound("AssignmentRule", shownId);
            db.ExpectVersion(rule, input.Version);
        }
        else
        {
            rule = new AssignmentRule { Position = (await db.Rules.MaxAsync(r => (int?)r.Position, ct) ?? 0) + 1 };
            db.Rules.Add(rule);
        }

        var validator = new Validator().Required("name", input.Name, 200);
        rule.Name = input.Name ?? string.Empty;
        rule.Strategy = input.Strategy ?? AssignmentStrategy.Fixed;
        rule.Active = input.Active ?? true;
        var kinds = input.Kinds ?? [AssignmentKind.Customer, AssignmentKind.Opportunity];
        if (kinds.Count == 0)
        {
            validator.Add("kinds", "must name at least one kind of record.");
        }

        rule.ForCustomers = kinds.Contains(AssignmentKind.Customer);
        rule.ForOpportunities = kinds.Contains(AssignmentKind.Opportunity);
        rule.Regions = Conditions(input.Regions, "regions", validator);
        rule.Levels = Conditions(input.Levels, "levels", validator);
        rule.Sources = Conditions(input.Sources, "sources", validator);
        rule.Needs = Conditions(input.Needs, "needs", validator);
        rule.MinValue = input.MinValue;
        rule.MatchTerritory = input.MatchTerritory ?? false;
        if (rule.MinValue < 0)
        {
            validator.Add("minValue", "cannot be negative.");
        }

        await ReadTargetAsync(input, rule, validator, ct);
        validator.ThrowIfInvalid();
        await db.SaveChangesAsync(ct);
        return rule;
    }

    private static List<string> Conditions(IReadOnlyList<string>? given, string field, Validator validator)
    {
        var values = (given ?? []).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (values.Count > MaxConditions || values.Any(v => v.Length > 100))
        {
            validator.Add(field, $"may hold at most {MaxConditions} values of up to 100 characters.");
        }

        return values;
    }

    private async Task ReadTargetAsync(SaveAssignmentRuleInput input, AssignmentRule rule, Validator validator, CancellationToken ct)
    {
        var userId = input.TargetUserId;
        var hasTeam = InputValues.Clean(input.TargetTeamId) is not null;
        if ((userId is null) == !hasTeam)
        {
            validator.Add("targetUserId", "name either a rep (targetUserId) or a team (targetTeamId), not both.");
            return;
        }

        var reps = roster is not null ? await roster.RepsAsync(ct) : [];
        rule.TargetUserId = userId;
        rule.TargetTeamId = hasTeam ? GlobalId.Decode(input.TargetTeamId, "Team", "targetTeamId") : null;
        if (userId is not null && reps.All(rep => rep.UserId != userId))
        {
            validator.Add("targetUserId", $"'{userId}' is not a sales rep of this tenant.");
        }

        if (rule.TargetTeamId is { } team && reps.All(rep => rep.TeamId != team))
        {
            validator.Add("targetTeamId", "must be a team with at least one rep.");
        }

        if (rule.Strategy == AssignmentStrategy.Fixed && userId is null)
        {
            validator.Add("strategy", "FIXED needs a rep as the target (targetUserId); a team needs another strategy.");
        }
    }
}
