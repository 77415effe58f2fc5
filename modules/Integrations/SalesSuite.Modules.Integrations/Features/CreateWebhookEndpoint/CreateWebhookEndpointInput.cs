namespace SalesSuite.Modules.Integrations.Features.CreateWebhookEndpoint;

/// <summary>Where the events go, which types, and a note for the admins.</summary>
internal sealed record CreateWebhookEndpointInput
{
    public string? Url { get; init; }

    public IReadOnlyList<string>? EventTypes { get; init; }

    public string? Description { get; init; }
}
