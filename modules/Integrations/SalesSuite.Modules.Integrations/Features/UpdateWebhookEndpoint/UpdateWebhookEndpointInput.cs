using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Integrations.Features.UpdateWebhookEndpoint;

/// <summary>The fields to change; those left out stay. <c>enabled: true</c> turns a disabled endpoint back on.</summary>
internal sealed record UpdateWebhookEndpointInput : IVersionedInput
{
    public string? Id { get; init; }

    public long? Version { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<string>? EventTypes { get; init; }

    public Optional<string?> Description { get; init; }

    public bool? Enabled { get; init; }
}
