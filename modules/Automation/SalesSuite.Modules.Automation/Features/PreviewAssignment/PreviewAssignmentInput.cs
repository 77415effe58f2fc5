using SalesSuite.Modules.Automation.Contracts;

namespace SalesSuite.Modules.Automation.Features.PreviewAssignment;

/// <summary>What a new record would carry, for a dry run of the assignment rules.</summary>
internal sealed record PreviewAssignmentInput
{
    public AssignmentKind Kind { get; init; }

    public string? Region { get; init; }

    public string? Level { get; init; }

    public string? Source { get; init; }

    public string? Need { get; init; }

    public decimal? Value { get; init; }
}
