namespace SalesSuite.Modules.Automation.Features.ReorderAssignmentRules;

/// <summary>Every rule's id, in the new order, as sent.</summary>
internal sealed record ReorderAssignmentRulesInput
{
    public IReadOnlyList<string>? Ids { get; init; }
}
