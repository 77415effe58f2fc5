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
            rule = AssignmentRule.Create((await db.Rules.MaxAsync(r => (int?)r.Position, ct) ?? 0) + 1);
            db.Rules.Add(rule);
        }

        var validator = new Validator();
        rule.Define(
            new AssignmentRuleDefinition
            {
                Name = input.Name,
                Strategy = input.Strategy ?? AssignmentStrategy.Fixed,
                Active = input.Active ?? true,
                Kinds = input.Kinds ?? [AssignmentKind.Customer, AssignmentKind.Opportunity],
                Regions = input.Regions ?? [],
                Levels = input.Levels ?? [],
                Sources = input.Sources ?? [],
                Needs = input.Needs ?? [],
                MinValue = input.MinValue,
                MatchTerritory = input.MatchTerritory ?? false,
            },
            validator);
        await TargetAsync(input, rule, validator, ct);
        validator.ThrowIfInvalid();
        await db.SaveChangesAsync(ct);
        return rule;
    }

    /// <summary>Targets the rep or the team named, which must be a sales rep, or a team with reps, of the tenant (Team's roster).</summary>
    private async Task TargetAsync(SaveAssignmentRuleInput input, AssignmentRule rule, Validator validator, CancellationToken ct)
    {
        var userId = input.TargetUserId;
        var hasTeam = InputValues.Clean(input.TargetTeamId) is not null;
        if ((userId is null) == !hasTeam)
        {
            validator.Add("targetUserId", "name either a rep (targetUserId) or a team (targetTeamId), not both.");
            return;
        }

        var reps = roster is not null ? await roster.RepsAsync(ct) : [];
        var teamId = hasTeam ? GlobalId.Decode(input.TargetTeamId, "Team", "targetTeamId") : (Guid?)null;
        if (userId is not null && reps.All(rep => rep.UserId != userId))
        {
            validator.Add("targetUserId", $"'{userId}' is not a sales rep of this tenant.");
        }

        if (teamId is { } team && reps.All(rep => rep.TeamId != team))
        {
            validator.Add("targetTeamId", "must be a team with at least one rep.");
        }

        rule.Target(userId, teamId, validator);
    }
}
