using System.Collections.Concurrent;
using GraphQL.DataLoader;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>
/// Per-request registry of batched loaders. A resolver asks for a key and gets a deferred result; the engine runs
/// every resolver of the current level first, then the first deferred result fetches all keys collected so far in
/// one call: one query per level of the request, never one per row.
/// </summary>
public sealed class BatchLoaders
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch));

    /// <summary>A loader of the children of many parents in one query: <paramref name="fetch"/> returns them all, in order; every key gets its list (empty when
    /// none).</summary>
    public BatchLoader<TKey, IReadOnlyList<TValue>> GetGrouped<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken,
        Task<List<TValue>>> fetch, Func<TValue, TKey> key)
        where TKey : notnull =>
        Get<TKey, IReadOnlyList<TValue>>(name, async (ids, ct) =>
        {
            var lookup = (await fetch(ids, ct)).ToLookup(key);
            return ids.ToDictionary(id => id, id => (IReadOnlyList<TValue>)lookup[id].ToList());
        });
}

public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private Batch _pending = new();

    /// <summary>How many batches this loader has fetched (diagnostics and tests).</summary>
    public int BatchCount { get; private set; }

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            _pending.Keys.Add(key);
            return new Result(this, _pending, key);
        }
    }

    private Task<IDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (batch.Task is null)
            {
                if (ReferenceEquals(batch, _pending))
                {
                    _pending = new Batch();
                }

                BatchCount++;
                batch.Task = fetch(batch.Keys.ToList(), cancellationToken);
            }

            return batch.Task;
        }
    }

    private sealed class Batch
    {
        public HashSet<TKey> Keys { get; } = [];

        public Task<IDictionary<TKey, TValue>>? Task { get; set; }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await loader.Dispatch(batch, cancellationToken);
            return values.TryGetValue(key, out var value) ? value : default;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
