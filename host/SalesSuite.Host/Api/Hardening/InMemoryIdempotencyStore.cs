using System.Collections.Concurrent;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api.Hardening;

/// <summary>Keys in this process's memory: right for one instance only (see docs/operations.md).</summary>
internal sealed class InMemoryIdempotencyStore(TimeProvider clock, IOptions<IdempotencyOptions> options) : IIdempotencyStore
{
    private readonly ConcurrentDictionary<IdempotencyKey, Entry> _entries = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public ValueTask<IdempotencyBegin> BeginAsync(IdempotencyKey key, string fingerprint, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Sweep(now);
        while (true)
        {
            var entry = _entries.GetOrAdd(key, _ => new Entry(fingerprint, now + Retention));
            lock (entry)
            {
                if (entry.Released)
                {
                    continue;
                }

                if (entry.ExpiresAt <= now)
                {
                    Remove(key, entry);
                    continue;
                }

                if (entry.Fingerprint != fingerprint)
                {
                    return ValueTask.FromResult(new IdempotencyBegin(IdempotencyOutcome.Mismatch));
                }

                if (entry.Response is not null)
                {
                    return ValueTask.FromResult(new IdempotencyBegin(IdempotencyOutcome.Completed, entry.Response));
                }

                if (entry.Claimed)
                {
                    return ValueTask.FromResult(new IdempotencyBegin(IdempotencyOutcome.InProgress));
                }

                entry.Claimed = true;
                return ValueTask.FromResult(new IdempotencyBegin(IdempotencyOutcome.Started));
            }
        }
    }

    public ValueTask CompleteAsync(IdempotencyKey key, StoredResponse response, CancellationToken cancellationToken)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            lock (entry)
            {
                entry.Response = response;
                entry.ExpiresAt = clock.GetUtcNow() + Retention;
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ReleaseAsync(IdempotencyKey key, CancellationToken cancellationToken)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            lock (entry)
            {
                Remove(key, entry);
            }
        }

        return ValueTask.CompletedTask;
    }

    private TimeSpan Retention => TimeSpan.FromHours(options.Value.RetentionHours);

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + TimeSpan.FromMinutes(5);
        foreach (var (key, entry) in _entries)
        {
            lock (entry)
            {
                if (entry.ExpiresAt <= now && !entry.Released)
                {
                    Remove(key, entry);
                }
            }
        }
    }

    // Under the entry's lock: a caller that still holds the entry sees Released and looks the key up again.
    private void Remove(IdempotencyKey key, Entry entry)
    {
        entry.Released = true;
        _entries.TryRemove(new KeyValuePair<IdempotencyKey, Entry>(key, entry));
    }

    private sealed class Entry(string fingerprint, DateTimeOffset expiresAt)
    {
        public string Fingerprint { get; } = fingerprint;

        public DateTimeOffset ExpiresAt { get; set; } = expiresAt;

        public bool Claimed { get; set; }

        public bool Released { get; set; }

        public StoredResponse? Response { get; set; }
    }
}
