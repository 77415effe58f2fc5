using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Automation.Domain;

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
