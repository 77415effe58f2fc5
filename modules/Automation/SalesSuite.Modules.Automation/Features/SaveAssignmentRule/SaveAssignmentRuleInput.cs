using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Features.SaveAssignmentRule;

/// <summary>A new rule (without id, placed last) or the whole of an existing one; ids as sent, texts trimmed.</summary>
internal sealed record SaveAssignmentRuleInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<AssignmentKind>? Kinds { get; init; }

    public IReadOnlyList<string>? Regions { get; init; }

    public IReadOnlyList<string>? Levels { get; init; }

    public IReadOnlyList<string>? Sources { get; init; }

    public IReadOnlyList<string>? Needs { get; init; }

    public decimal? MinValue { get; init; }

    public bool? MatchTerritory { get; init; }

    public string? TargetUserId { get; init; }

    public string? TargetTeamId { get; init; }

    public AssignmentStrategy? Strategy { get; init; }

    public bool? Active { get; init; }
}
