namespace SalesSuite.Modules.Integrations.Contracts;

/// <summary>
/// One webhook event, as a module describes a committed change: its type (one of the catalogue's, e.g. <c>customer.created</c>), the
/// record's GraphQL type and id (receivers read it with <c>node(id:)</c>), when it happened, and the record's fields (serialised in
/// camelCase under <c>data</c>, after <c>id</c>).
/// </summary>
public sealed record WebhookEvent(string Type, string RecordType, Guid RecordId, DateTimeOffset OccurredAt, object Data);

/// <summary>An entry of the webhook event catalogue: what <c>webhookEventTypes</c> lists and what an endpoint may subscribe to.</summary>
public sealed record WebhookEventType(string Name, string Description);
