namespace SalesSuite.Demo;

/// <summary>An opportunity; <paramref name="Won"/> is null while it is open. <paramref name="Amount"/> is in <paramref name="Currency"/>.</summary>
public sealed record DemoOpportunity(
    Guid Id, Guid CustomerId, string OwnerId, string Title, decimal Amount, string Currency, string Source, DateTimeOffset CreatedAt,
    DateOnly ExpectedClose, IReadOnlyList<DemoStep> Steps, bool? Won, DateTimeOffset? ClosedAt, string? CloseReason);
