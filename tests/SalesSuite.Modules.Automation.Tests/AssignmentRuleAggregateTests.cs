using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Automation.Tests;

/// <summary>An assignment rule's own rules (its definition, its target, the order of rules) and a round-robin cursor, without a database.</summary>
public sealed class AssignmentRuleAggregateTests
{
    private static readonly AssignmentRuleDefinition Valid = new()
    {
        Name = "North leads",
        Strategy = AssignmentStrategy.RoundRobin,
        Kinds = [AssignmentKind.Customer],
        Regions = ["North", "north", "", "East"],
        MinValue = 1000m,
        MatchTerritory = true,
    };

    [Fact]
    public void A_definition_replaces_the_rule_keeping_each_condition_value_once_and_no_empty_one()
    {
        var rule = AssignmentRule.Create(3);
        var validator = new Validator();

        rule.Define(Valid, validator);

        Assert.True(validator.IsValid);
        Assert.Equal((3, "North leads", AssignmentStrategy.RoundRobin, true, 1000m, true), (rule.Position, rule.Name, rule.Strategy, rule.Active,
            rule.MinValue, rule.MatchTerritory));
        Assert.Equal(["North", "East"], rule.Regions);
        Assert.Empty(rule.Levels);
        Assert.True(rule.AppliesTo(AssignmentKind.Customer));
        Assert.False(rule.AppliesTo(AssignmentKind.Opportunity));

        rule.Define(Valid with { Kinds = [AssignmentKind.Opportunity], Regions = [], Active = false }, validator);
        Assert.Empty(rule.Regions);
        Assert.False(rule.Active);
        Assert.True(rule.AppliesTo(AssignmentKind.Opportunity));
        Assert.False(rule.AppliesTo(AssignmentKind.Customer));
    }

    [Fact]
    public void A_definition_s_problems_are_reported_in_input_order_under_the_input_s_field_names()
    {
        var validator = new Validator();
        var tooMany = Enumerable.Range(0, AssignmentRule.MaxConditions + 1).Select(i => $"r{i}").ToList();

        AssignmentRule.Create(1).Define(Valid with { Name = " ", Kinds = [], Levels = tooMany, Needs = [new string('n', 101)], MinValue = -1m }, validator);

        Assert.Equal(
        [
            new FieldError("name", "is required."),
            new FieldError("kinds", "must name at least one kind of record."),
            new FieldError("levels", "may hold at most 50 values of up to 100 characters."),
            new FieldError("needs", "may hold at most 50 values of up to 100 characters."),
            new FieldError("minValue", "cannot be negative."),
        ], validator.Errors);
    }

    [Fact]
    public void A_fixed_rule_needs_a_rep_as_its_target_and_a_rule_targets_a_rep_or_a_team_never_both()
    {
        var team = Guid.NewGuid();
        var rule = AssignmentRule.Create(1);
        var validator = new Validator();
        rule.Define(Valid with { Strategy = AssignmentStrategy.Fixed }, validator);

        rule.Target("alice", null, validator);
        Assert.True(validator.IsValid);
        Assert.Equal(("alice", (Guid?)null), (rule.TargetUserId, rule.TargetTeamId));

        rule.Target(null, team, validator);
        Assert.Equal([new FieldError("strategy", "FIXED needs a rep as the target (targetUserId); a team needs another strategy.")], validator.Errors);

        var roundRobin = AssignmentRule.Create(2);
        var fine = new Validator();
        roundRobin.Define(Valid, fine);
        roundRobin.Target(null, team, fine);
        Assert.True(fine.IsValid);
        Assert.Equal(((string?)null, (Guid?)team), (roundRobin.TargetUserId, roundRobin.TargetTeamId));

        Assert.Throws<ArgumentException>(() => roundRobin.Target("alice", team, fine));
        Assert.Throws<ArgumentException>(() => roundRobin.Target(null, null, fine));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssignmentRule.Create(0));
    }

    [Fact]
    public void Reordering_puts_every_rule_where_the_list_says_and_refuses_a_list_that_does_not_name_each_once()
    {
        var (first, second, third) = (AssignmentRule.Create(1), AssignmentRule.Create(2), AssignmentRule.Create(3));
        List<AssignmentRule> rules = [first, second, third];

        AssignmentRule.Reorder(rules, [third.Id, first.Id, second.Id]);
        Assert.Equal((2, 3, 1), (first.Position, second.Position, third.Position));

        foreach (var ids in new List<Guid>[] { [first.Id, second.Id], [first.Id, first.Id, second.Id], [first.Id, second.Id, Guid.NewGuid()] })
        {
            var error = Assert.Throws<AppException>(() => AssignmentRule.Reorder(rules, ids));
            Assert.Equal(ErrorCodes.Validation, error.Code);
            Assert.Equal([new FieldError("ids", "must list each of the tenant's assignment rules exactly once.")], error.FieldErrors);
            Assert.Equal((2, 3, 1), (first.Position, second.Position, third.Position));
        }
    }

    [Fact]
    public void A_round_robin_cursor_starts_at_the_rep_chosen_first_and_advances_to_each_next_one()
    {
        var ruleId = Guid.NewGuid();
        var cursor = RoundRobinCursor.Start(ruleId, "alice");
        Assert.Equal((ruleId, "alice"), (cursor.RuleId, cursor.LastUserId));

        cursor.Advance("bob");
        Assert.Equal("bob", cursor.LastUserId);
    }
}
