namespace SalesSuite.Modules.Automation.Contracts;

public enum AssignmentKind
{
    Customer,
    Opportunity,
}

/// <summary>
/// What a new record carries that assignment rules can match on. A rule's condition on a field the record does not
/// carry (null here) does not match it.
/// </summary>
/// <param name="Kind">Customer or opportunity.</param>
/// <param name="RecordId">The new record's id (made in code before it is saved), for the assignment log.</param>
/// <param name="Region">The customer's region or territory.</param>
/// <param name="Level">The customer's level code.</param>
/// <param name="Source">Where the customer or opportunity came from.</param>
/// <param name="Need">The product line or need: the opportunity's requirement and title, the customer's category and industry.</param>
/// <param name="Value">The opportunity's amount in the tenant's base currency.</param>
public sealed record AssignmentRequest(AssignmentKind Kind, Guid RecordId, string? Region = null, string? Level = null, string? Source = null,
    string? Need = null, decimal? Value = null);

/// <param name="OwnerId">The chosen rep's user id.</param>
/// <param name="RuleId">The rule that chose the rep.</param>
/// <param name="RuleName">Its name when it chose.</param>
/// <param name="Reason">Why this rule and this rep, in words.</param>
public sealed record AssignmentDecision(string OwnerId, Guid RuleId, string RuleName, string Reason);

/// <summary>
/// The tenant's assignment rules, for a module that creates a record without an explicit owner. Optional: without an
/// implementation (the Automation module off or absent) or without a matching rule, the creator keeps the record.
/// </summary>
public interface IAssignmentRules
{
    /// <summary>
    /// The rep the first matching rule chooses, or null. A decision is final: the rule's round-robin cursor moves on and the
    /// assignment log records the rule and the reason, so call it once the record is valid, just before saving it.
    /// </summary>
    Task<AssignmentDecision?> AssignAsync(AssignmentRequest request, CancellationToken cancellationToken);
}
