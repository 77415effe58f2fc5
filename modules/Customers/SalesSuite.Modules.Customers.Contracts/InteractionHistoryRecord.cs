namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>An entry of an imported customer's timeline; a <see cref="NextFollowUpAt"/> makes it a reminder for the customer's owner.</summary>
public sealed record InteractionHistoryRecord
{
    public required Guid Id { get; init; }

    public required Guid CustomerId { get; init; }

    public required InteractionChannel Channel { get; init; }

    public required string Subject { get; init; }

    public string? Notes { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The user id of who logged it.</summary>
    public required string CreatedBy { get; init; }

    public DateTimeOffset? NextFollowUpAt { get; init; }
}
