using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Automation.Domain;

/// <summary>
/// A tenant's assignment rule: conditions on what a new customer or opportunity carries, a target (one rep or a team)
/// and a strategy among the target's active reps. Rules are tried in <see cref="Position"/> order; the first that yields a rep wins.
/// </summary>
internal sealed class AssignmentRule : AggregateRoot
{
    /// <summary>The most values one condition (regions, levels, sources, needs) may hold.</summary>
    public const int MaxConditions = 50;

    /// <summary>For EF Core and restores.</summary>
    private AssignmentRule()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public int Position { get; private set; }

    public bool Active { get; private set; } = true;

    public bool ForCustomers { get; private set; } = true;

    public bool ForOpportunities { get; private set; } = true;

    /// <summary>Any of these regions (case-insensitive); empty for any.</summary>
    public List<string> Regions { get; private set; } = [];

    public List<string> Levels { get; private set; } = [];

    public List<string> Sources { get; private set; } = [];

    /// <summary>Keywords, any of which the record's need (product line, requirement) contains; empty for any.</summary>
    public List<string> Needs { get; private set; } = [];

    /// <summary>The least opportunity amount in the base currency; null for any.</summary>
    public decimal? MinValue { get; private set; }

    /// <summary>Only the target's reps whose territory is the record's region (case-insensitive) are candidates.</summary>
    public bool MatchTerritory { get; private set; }

    public string? TargetUserId { get; private set; }

    public Guid? TargetTeamId { get; private set; }

    public AssignmentStrategy Strategy { get; private set; }

    /// <summary>
    /// A new rule at <paramref name="position"/> (1 for the first), to be defined (<see cref="Define"/>) and targeted
    /// (<see cref="Target"/>).
    /// </summary>
    public static AssignmentRule Create(int position) =>
        position < 1 ? throw new ArgumentOutOfRangeException(nameof(position), position, "Positions start at 1.") : new() { Position = position };

    /// <summary>
    /// Puts <paramref name="rules"/>, every one of the tenant's, in the order of <paramref name="ids"/> (positions 1, 2, ...),
    /// which must name each of them exactly once; otherwise a <c>VALIDATION</c> error on <c>ids</c> and nothing moves.
    /// </summary>
    public static void Reorder(IReadOnlyCollection<AssignmentRule> rules, IReadOnlyList<Guid> ids)
    {
        if (ids.Distinct().Count() != ids.Count || ids.Count != rules.Count || rules.Any(r => !ids.Contains(r.Id)))
        {
            throw AppException.Invalid("ids", "must list each of the tenant's assignment rules exactly once.");
        }

        var positions = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index + 1);
        foreach (var rule in rules)
        {
            rule.Position = positions[rule.Id];
        }
    }

    /// <summary>
    /// Replaces the whole of the rule but its target with <paramref name="definition"/>: condition values are kept once each
    /// (case-insensitive), empty ones dropped. What breaks a rule goes to <paramref name="validator"/> under the input's field names.
    /// </summary>
    public void Define(AssignmentRuleDefinition definition, Validator validator)
    {
        validator.Required("name", definition.Name, 200);
        Name = definition.Name ?? string.Empty;
        Strategy = definition.Strategy;
        Active = definition.Active;
        if (definition.Kinds.Count == 0)
        {
            validator.Add("kinds", "must name at least one kind of record.");
        }

        ForCustomers = definition.Kinds.Contains(AssignmentKind.Customer);
        ForOpportunities = definition.Kinds.Contains(AssignmentKind.Opportunity);
        Regions = Conditions(definition.Regions, "regions", validator);
        Levels = Conditions(definition.Levels, "levels", validator);
        Sources = Conditions(definition.Sources, "sources", validator);
        Needs = Conditions(definition.Needs, "needs", validator);
        MinValue = definition.MinValue;
        MatchTerritory = definition.MatchTerritory;
        if (MinValue < 0)
        {
            validator.Add("minValue", "cannot be negative.");
        }
    }

    /// <summary>
    /// Targets one rep (<paramref name="userId"/>) or one team (<paramref name="teamId"/>), never both; that the rep or the
    /// team's reps exist is the caller's to check. A <see cref="AssignmentStrategy.Fixed"/> rule needs a rep (to <paramref name="validator"/>).
    /// </summary>
    public void Target(string? userId, Guid? teamId, Validator validator)
    {
        if ((userId is null) == (teamId is null))
        {
            throw new ArgumentException("A rule targets either a rep or a team.", nameof(userId));
        }

        TargetUserId = userId;
        TargetTeamId = teamId;
        if (Strategy == AssignmentStrategy.Fixed && userId is null)
        {
            validator.Add("strategy", "FIXED needs a rep as the target (targetUserId); a team needs another strategy.");
        }
    }

    public bool AppliesTo(AssignmentKind kind) => kind == AssignmentKind.Customer ? ForCustomers : ForOpportunities;

    private static List<string> Conditions(IReadOnlyList<string> given, string field, Validator validator)
    {
        var values = given.Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (values.Count > MaxConditions || values.Any(v => v.Length > 100))
        {
            validator.Add(field, $"may hold at most {MaxConditions} values of up to 100 characters.");
        }

        return values;
    }
}
