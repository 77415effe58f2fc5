namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// A committed change, as subscriptions see it: the tenant, the event type (the webhook catalogue's, e.g. <c>customer.updated</c>), the
/// record's GraphQL type and id, the tenant's event <see cref="Sequence"/> (the one webhooks carry) and when it happened. It carries ids
/// only: each subscriber reads the record itself, with its own grant, when the event is sent.
/// </summary>
public sealed record LiveEvent(string TenantId, string Type, string RecordType, Guid RecordId, long Sequence, DateTimeOffset OccurredAt)
{
    /// <summary>What the change did to the record: <c>CREATED</c>, <c>DELETED</c>, or <c>UPDATED</c> for any other event type.</summary>
    public string Action => Type.EndsWith(".created", StringComparison.Ordinal) ? "CREATED"
        : Type.EndsWith(".deleted", StringComparison.Ordinal) ? "DELETED"
        : "UPDATED";
}
