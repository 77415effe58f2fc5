using System.Net;
using Microsoft.Extensions.Options;
using SalesSuite.Modules.Integrations.Contracts;
using SalesSuite.Modules.Integrations.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Integrations.Delivery;

/// <summary>The event types endpoints may subscribe to (the built-in modules' and what vendor modules add), and the rules of an endpoint's input.</summary>
internal sealed class WebhookCatalogue(IEnumerable<WebhookEventType> types, IOptions<WebhookOptions> options)
{
    /// <summary>The event <c>sendTestWebhook</c> sends; not subscribable.</summary>
    public const string TestEventType = "webhook.test";

    public IReadOnlyList<WebhookEventType> Types { get; } = [.. types.DistinctBy(t => t.Name).OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>Adds the errors of an endpoint's url, event types and description (each only when given).</summary>
    public void Check(Validator validator, string? url, IReadOnlyList<string>? eventTypes, string? description)
    {
        if (url is not null)
        {
            if (CheckUrl(url) is { } problem)
            {
                validator.Add("url", problem);
            }
        }

        if (eventTypes is not null)
        {
            var unknown = eventTypes.Where(t => Types.All(k => k.Name != t)).Distinct().ToList();
            if (eventTypes.Count == 0)
            {
                validator.Add("eventTypes", "must name at least one event type (see webhookEventTypes).");
            }
            else if (unknown.Count > 0)
            {
                validator.Add("eventTypes", $"has unknown event types: {string.Join(", ", unknown)} (see webhookEventTypes).");
            }
        }

        validator.MaxLength("description", description, WebhookEndpoint.MaxDescriptionLength);
    }

    private string? CheckUrl(string url)
    {
        if (url.Length > WebhookEndpoint.MaxUrlLength)
        {
            return $"must be at most {WebhookEndpoint.MaxUrlLength} characters.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            return "must be an absolute http or https URL.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "must not hold a user name or password; the signature authenticates the sender.";
        }

        if (options.Value.AllowPrivateNetworks)
        {
            return null;
        }

        var internalHost = uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && NetworkGuard.IsBlocked(address));
        return internalHost
            ? "must not point to a loopback, private, link-local or other internal address (Webhooks:AllowPrivateNetworks allows them)."
            : null;
    }
}
