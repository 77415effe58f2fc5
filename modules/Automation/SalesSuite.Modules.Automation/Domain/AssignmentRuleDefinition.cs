using SalesSuite.Modules.Automation.Contracts;

namespace SalesSuite.Modules.Automation.Domain;

/// <summary>
/// The whole of an assignment rule but its target, as a user sends it (left-out values already given their defaults);
/// <see cref="AssignmentRule.Define"/> applies it and its rules.
/// </summary>
internal sealed record AssignmentRuleDefinition
{
    public string? Name { get; init; }

    public AssignmentStrategy Strategy { get; init; }

    public bool Active { get; init; } = true;

    /// <summary>The kinds of record the rule assigns; at least one.</summary>
    public IReadOnlyList<AssignmentKind> Kinds { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<string> Levels { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyList<string> Needs { get; init; } = [];

    public decimal? MinValue { get; init; }

    public bool MatchTerritory { get; init; }
}
