using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Domain;

/// <summary>The tenant's automation settings (admins): assignment rules and their order, stall days per stage.</summary>
internal sealed class RuleCommands(ModuleDbContextFactory<AutomationDbContext> contexts, IOpportunityWorkload? workload = null, IRepRoster? roster = null)
{
    private const int MaxConditions = 50;

    public async Task<AssignmentRule> SaveAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        AssignmentRule rule;
        if (input.String("id") is not null)
        {
            var id = input.Id("id", "AssignmentRule");
            rule = await db.Rules.AsTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw AppException.NotFound("AssignmentRule", input.String("id")!);
            db.ExpectVersion(rule, input.Value<long>("version"));
        }
        else
        {
            rule = new AssignmentRule { Position = (await db.Rules.MaxAsync(r => (int?)r.Position, ct) ?? 0) + 1 };
            db.Rules.Add(rule);
        }

        var validator = new Validator().Required("name", input.String("name"), 200);
        rule.Name = input.String("name") ?? string.Empty;
        rule.Strategy = input.Value<AssignmentStrategy>("strategy") ?? AssignmentStrategy.Fixed;
        rule.Active = input.Value<bool>("active") ?? true;
        var kinds = input.Values<AssignmentKind>("kinds") ?? [AssignmentKind.Customer, AssignmentKind.Opportunity];
        if (kinds.Count == 0)
        {
            validator.Add("kinds", "must name at least one kind of record.");
        }

        rule.ForCustomers = kinds.Contains(AssignmentKind.Customer);
        rule.ForOpportunities = kinds.Contains(AssignmentKind.Opportunity);
        rule.Regions = Conditions(input, "regions", validator);
        rule.Levels = Conditions(input, "levels", validator);
        rule.Sources = Conditions(input, "sources", validator);
        rule.Needs = Conditions(input, "needs", validator);
        rule.MinValue = input.Value<decimal>("minValue");
        rule.MatchTerritory = input.Value<bool>("matchTerritory") ?? false;
        if (rule.MinValue < 0)
        {
            validator.Add("minValue", "cannot be negative.");
        }

        await ReadTargetAsync(input, rule, validator, ct);
        validator.ThrowIfInvalid();
        await db.SaveChangesAsync(ct);
        return rule;
    }

    public async Task<Guid> DeleteAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var id = input.Id("id", "AssignmentRule");
        var rule = await db.Rules.AsTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw AppException.NotFound("AssignmentRule", input.String("id")!);
        db.Rules.Remove(rule);
        db.Cursors.RemoveRange(await db.Cursors.AsTracking().Where(c => c.RuleId == id).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>Puts every rule in the order given: the list must name each of the tenant's rules once.</summary>
    public async Task<List<AssignmentRule>> ReorderAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var raw = input.Strings("ids") ?? [];
        var ids = raw.Select((s, i) => GlobalId.Decode(s, "AssignmentRule", $"ids[{i}]")).ToList();
        var rules = await db.Rules.AsTracking().ToListAsync(ct);
        if (ids.Distinct().Count() != ids.Count || ids.Count != rules.Count || rules.Any(r => !ids.Contains(r.Id)))
        {
            throw InputReader.Invalid("ids", "must list each of the tenant's assignment rules exactly once.");
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

    /// <summary>Sets the days after which an opportunity counts as stalled in a stage (or, without a stage, in every stage without its own).</summary>
    public async Task<StallSetting> SetStallDaysAsync(InputReader input, CancellationToken ct)
    {
        var validator = new Validator();
        var days = input.Value<int>("days");
        if (days is not (>= 1 and <= 3650))
        {
            validator.Add("days", "must be between 1 and 3650.");
        }

        var stageId = Guid.Empty;
        if (input.String("stageId") is not null)
        {
            stageId = input.Id("stageId", "PipelineStage");
            var stages = workload is not null ? await workload.OpenStagesAsync(ct) : [];
            if (stages.All(s => s.Id != stageId))
            {
                validator.Add("stageId", "must be an open stage of this tenant's pipeline.");
            }
        }

        validator.ThrowIfInvalid();
        await using var db = contexts.Create();
        var setting = await db.StallSettings.AsTracking().FirstOrDefaultAsync(s => s.StageId == stageId, ct);
        if (setting is null)
        {
            setting = new StallSetting { StageId = stageId };
            db.StallSettings.Add(setting);
        }

        setting.Days = days!.Value;
        await db.SaveChangesAsync(ct);
        return setting;
    }

    private static List<string> Conditions(InputReader input, string field, Validator validator)
    {
        var values = (input.Strings(field) ?? []).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (values.Count > MaxConditions || values.Any(v => v.Length > 100))
        {
            validator.Add(field, $"may hold at most {MaxConditions} values of up to 100 characters.");
        }

        return values;
    }

    private async Task ReadTargetAsync(InputReader input, AssignmentRule rule, Validator validator, CancellationToken ct)
    {
        var userId = input.String("targetUserId");
        var hasTeam = input.String("targetTeamId") is not null;
        if ((userId is null) == !hasTeam)
        {
            validator.Add("targetUserId", "name either a rep (targetUserId) or a team (targetTeamId), not both.");
            return;
        }

        var reps = roster is not null ? await roster.RepsAsync(ct) : [];
        rule.TargetUserId = userId;
        rule.TargetTeamId = hasTeam ? input.Id("targetTeamId", "Team") : null;
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
