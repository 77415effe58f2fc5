namespace SalesSuite.Host.Api.Live;

/// <summary>Settings of GraphQL subscriptions (section <c>Subscriptions</c>), over WebSocket and server-sent events.</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    /// <summary>Seconds a WebSocket may stay open without <c>connection_init</c>; then it closes with 4408.</summary>
    public int ConnectionInitTimeoutSeconds { get; set; } = 10;

    /// <summary>Open WebSockets and event streams one user may hold on this instance; one more is refused (4429, or 429).</summary>
    public int MaxConnectionsPerUser { get; set; } = 10;

    /// <summary>Open WebSockets and event streams one tenant may hold on this instance.</summary>
    public int MaxConnectionsPerTenant { get; set; } = 1000;

    /// <summary>Subscriptions running at once on one WebSocket; one more gets an error message with LIMIT_EXCEEDED.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 25;

    /// <summary>Events waiting to be sent to one subscription; a subscription that falls further behind ends with an error.</summary>
    public int MaxQueuedEvents { get; set; } = 1000;

    /// <summary>Seconds between keep-alive comments on an event stream (proxies close idle connections).</summary>
    public int KeepAliveSeconds { get; set; } = 15;
}
