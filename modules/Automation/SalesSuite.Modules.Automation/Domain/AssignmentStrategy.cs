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
