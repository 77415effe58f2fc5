namespace SalesSuite.Modules.Automation.Features.DeleteAssignmentRule;

/// <summary>The rule to delete.</summary>
internal sealed record DeleteAssignmentRuleInput
{
    public string? Id { get; init; }
}
