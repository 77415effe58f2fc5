using Microsoft.Extensions.Options;

namespace SalesSuite.Host.Api.Live;

/// <summary>
/// Counts the open WebSockets and event streams per user and per tenant, to hold them to <see cref="SubscriptionOptions"/>. The counts are
/// this instance's: behind a load balancer each instance allows the configured numbers.
/// </summary>
internal sealed class LiveConnections(IOptions<SubscriptionOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Takes a place for the user's connection; null (and nothing taken) when the user or tenant is at its limit.</summary>
    public IDisposable? TryOpen(LiveIdentity who)
    {
        var userKey = "u:" + who.Tenant.Id + ":" + who.UserId;
        var tenantKey = "t:" + who.Tenant.Id;
        lock (_gate)
        {
            if (Count(userKey) >= options.Value.MaxConnectionsPerUser || Count(tenantKey) >= options.Value.MaxConnectionsPerTenant)
            {
                return null;
            }

            _counts[userKey] = Count(userKey) + 1;
            _counts[tenantKey] = Count(tenantKey) + 1;
        }

        return new Place(this, userKey, tenantKey);
    }

    private int Count(string key) => _counts.GetValueOrDefault(key);

    private void Close(string userKey, string tenantKey)
    {
        lock (_gate)
        {
            foreach (var key in new[] { userKey, tenantKey })
            {
                if (Count(key) <= 1)
                {
                    _counts.Remove(key);
                }
                else
                {
                    _counts[key]--;
                }
            }
        }
    }

    private sealed class Place(LiveConnections owner, string userKey, string tenantKey) : IDisposable
    {
        private int _closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                owner.Close(userKey, tenantKey);
            }
        }
    }
}
