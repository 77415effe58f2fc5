using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Automation.Domain;

internal enum AssignmentStrategy
{
    /// <summary>Always the target rep.</summary>
    Fixed,

    /// <summary>The next active rep of the target after the one the rule chose last (a cursor per rule).</summary>
    RoundRobin,

    /// <summary>The active rep with the fewest open opportunities.</summary>
    LeastOpenLoad,

    /// <summary>The least loaded active rep whose open opportunities are below their capacity; reps at capacity are skipped.</summary>
    CapacityAware,
}

/// <summary>
/// A tenant's assignment rule: conditions on what a new customer or opportunity carries, a target (one rep or a team)
/// and a strategy among the target's active reps. Rules are tried in <see cref="Position"/> order; the first that yields a rep wins.
/// </summary>
internal sealed class AssignmentRule : AggregateRoot
{
    public string Name { get; set; } = string.Empty;

    public int Position { get; set; }

    public bool Active { get; set; } = true;

    public bool ForCustomers { get; set; } = true;

    public bool ForOpportunities { get; set; } = true;

    /// <summary>Any of these regions (case-insensitive); empty for any.</summary>
    public List<string> Regions { get; set; } = [];

    public List<string> Levels { get; set; } = [];

    public List<string> Sources { get; set; } = [];

    /// <summary>Keywords, any of which the record's need (product line, requirement) contains; empty for any.</summary>
    public List<string> Needs { get; set; } = [];

    /// <summary>The least opportunity amount in the base currency; null for any.</summary>
    public decimal? MinValue { get; set; }

    /// <summary>Only the target's reps whose territory is the record's region (case-insensitive) are candidates.</summary>
    public bool MatchTerritory { get; set; }

    public string? TargetUserId { get; set; }

    public Guid? TargetTeamId { get; set; }

    public AssignmentStrategy Strategy { get; set; }

    public bool AppliesTo(AssignmentKind kind) => kind == AssignmentKind.Customer ? ForCustomers : ForOpportunities;
}

/// <summary>Where a round-robin rule stands: the rep it chose last. Versioned, so two concurrent assignments never pick from the same position.</summary>
internal sealed class RoundRobinCursor : AggregateRoot
{
    public Guid RuleId { get; set; }

    public string LastUserId { get; set; } = string.Empty;
}

/// <summary>One automatic assignment: which rule chose which rep for which record, and why.</summary>
internal sealed class AssignmentLogEntry : TenantEntity
{
    public AssignmentKind Kind { get; set; }

    public Guid RecordId { get; set; }

    public Guid RuleId { get; set; }

    public string RuleName { get; set; } = string.Empty;

    public string OwnerId { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
