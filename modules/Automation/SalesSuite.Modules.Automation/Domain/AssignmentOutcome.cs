namespace SalesSuite.Modules.Automation.Domain;

/// <summary>The outcome of trying the rules on a record: the rep and the rule, or neither, and why.</summary>
internal sealed record AssignmentOutcome(string? OwnerId, AssignmentRule? Rule, string Reason);
