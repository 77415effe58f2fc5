using System.Net;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api.Hardening;

/// <summary>
/// Fixed-window counters per tenant and per user, on the DI <see cref="TimeProvider"/>. (The limiters of
/// System.Threading.RateLimiting replenish on their own timers and do not tell when a window ends, which the
/// RateLimit-Reset and Retry-After headers need.) One instance counts alone: behind a load balancer each
/// instance allows the configured rate.
/// </summary>
internal sealed class RequestRateLimiter(TimeProvider clock, IOptions<RateLimitOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private long _sweptWindow;

    public bool Enabled => options.Value.Enabled == true;

    public RateLimitDecision Acquire(string? tenant, string? user, IPAddress? address)
    {
        var settings = options.Value;
        var windowMs = Math.Max(1, settings.WindowSeconds) * 1000L;
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var start = now - (now % windowMs);
        var reset = (int)Math.Ceiling((start + windowMs - now) / 1000.0);
        var keys = new List<(string Key, string Name, int Limit)>(2);
        if (tenant is not null)
        {
            keys.Add(("t:" + tenant, "tenant", settings.PerTenant));
        }

        keys.Add((user is not null && tenant is not null ? $"u:{tenant}:{user}" : "a:" + (address?.ToString() ?? "unknown"), "user", settings.PerUser));

        lock (_gate)
        {
            if (_sweptWindow != start)
            {
                foreach (var stale in _windows.Where(w => w.Value.Start != start).Select(w => w.Key).ToList())
                {
                    _windows.Remove(stale);
                }

                _sweptWindow = start;
            }

            var windows = keys.Select(k => _windows.TryGetValue(k.Key, out var w) ? w : _windows[k.Key] = new Window(start)).ToList();
            var allowed = keys.Select((k, i) => windows[i].Count < k.Limit).All(ok => ok);
            if (allowed)
            {
                windows.ForEach(w => w.Count++);
            }

            var policies = keys.Select((k, i) => new RateLimitPolicy(k.Name, k.Limit, Math.Max(0, k.Limit - windows[i].Count), reset)).ToList();
            var announced = policies.OrderBy(p => p.Remaining).ThenBy(p => p.Limit).First();
            return new RateLimitDecision(allowed, announced, policies);
        }
    }

    private sealed class Window(long start)
    {
        public long Start { get; } = start;

        public int Count { get; set; }
    }
}
