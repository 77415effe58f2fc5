using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Customers.Domain;

/// <summary>One entry of a customer's timeline; a next follow-up date makes it a reminder for the customer's owner.</summary>
internal sealed class Interaction : TenantEntity
{
    public Guid CustomerId { get; set; }

    public InteractionKind Kind { get; set; }

    public string Subject { get; set; } = string.Empty;

    public string? Notes { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset? NextFollowUpAt { get; set; }

    public DateTimeOffset? FollowUpDoneAt { get; set; }
}
