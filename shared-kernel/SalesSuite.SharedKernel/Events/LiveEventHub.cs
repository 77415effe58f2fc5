using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// <see cref="ILiveEvents"/> within one process. With several instances, each instance's subscribers hear only the events that
/// instance committed, until a cross-instance channel (PostgreSQL LISTEN/NOTIFY carrying the ids) feeds this hub too.
/// </summary>
public sealed class LiveEventHub : ILiveEvents
{
    private readonly ConcurrentDictionary<string, ImmutableList<Action<LiveEvent>>> _listeners = new(StringComparer.Ordinal);

    public void Publish(LiveEvent liveEvent)
    {
        if (_listeners.TryGetValue(liveEvent.TenantId, out var listeners))
        {
            foreach (var listener in listeners)
            {
                listener(liveEvent);
            }
        }
    }

    public IDisposable Listen(string tenantId, Action<LiveEvent> listener)
    {
        _listeners.AddOrUpdate(tenantId, _ => [listener], (_, list) => list.Add(listener));
        return new Registration(this, tenantId, listener);
    }

    private void Remove(string tenantId, Action<LiveEvent> listener)
    {
        while (_listeners.TryGetValue(tenantId, out var list))
        {
            var next = list.Remove(listener);
            if (next.IsEmpty ? _listeners.TryRemove(new KeyValuePair<string, ImmutableList<Action<LiveEvent>>>(tenantId, list))
                : _listeners.TryUpdate(tenantId, next, list))
            {
                return;
            }
        }
    }

    private sealed class Registration(LiveEventHub hub, string tenantId, Action<LiveEvent> listener) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                hub.Remove(tenantId, listener);
            }
        }
    }
}
