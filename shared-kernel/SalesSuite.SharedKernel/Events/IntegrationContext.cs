namespace SalesSuite.SharedKernel.Events;

/// <summary>The delivery of one event: its message id is what makes handling idempotent.</summary>
public sealed record IntegrationContext(Guid MessageId, string TenantId, DateTimeOffset OccurredAt);
