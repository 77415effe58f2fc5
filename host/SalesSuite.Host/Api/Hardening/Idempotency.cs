using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api.Hardening;

public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long a key and its response are kept (the IETF draft asks for at least 24 hours).</summary>
    public double RetentionHours { get; set; } = 24;

    public int MaxKeyLength { get; set; } = 255;
}

/// <summary>An <c>Idempotency-Key</c> in its scope: the same key of another user or tenant is another key.</summary>
public sealed record IdempotencyKey(string Tenant, string User, string Key);

public sealed record StoredResponse(int Status, string ContentType, byte[] Body);

public enum IdempotencyOutcome
{
    /// <summary>The key is new: the caller runs the request and then completes or releases the key.</summary>
    Started,

    /// <summary>The first request with the key has finished; its response is to be replayed.</summary>
    Completed,

    /// <summary>The first request with the key is still running.</summary>
    InProgress,

    /// <summary>The key was used for a different request.</summary>
    Mismatch,
}

public sealed record IdempotencyBegin(IdempotencyOutcome Outcome, StoredResponse? Response = null);

/// <summary>Where keys and the responses they produced are kept; the seam for a database-backed store.</summary>
public interface IIdempotencyStore
{
    /// <summary>Claims <paramref name="key"/> for a request with <paramref name="fingerprint"/>, or tells what holds it.</summary>
    ValueTask<IdempotencyBegin> BeginAsync(IdempotencyKey key, string fingerprint, CancellationToken cancellationToken);

    ValueTask CompleteAsync(IdempotencyKey key, StoredResponse response, CancellationToken cancellationToken);

    /// <summary>Forgets a key whose request did not start executing, so that a retry runs.</summary>
    ValueTask ReleaseAsync(IdempotencyKey key, CancellationToken cancellationToken);
}

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

/// <summary>
/// The <c>Idempotency-Key</c> header on POSTed mutations (draft-ietf-httpapi-idempotency-key-header): the first
/// request runs and its response is kept; a retry with the same key and body gets that response again
/// (<c>Idempotency-Replayed: true</c>), with another body 422, while the first still runs 409.
/// </summary>
internal sealed class IdempotencyGate(IIdempotencyStore store, IOptions<IdempotencyOptions> options, IGraphQLTextSerializer serializer)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";

    /// <summary>
    /// Claims the request's key. Returns the key to complete or release after execution, or null with
    /// <paramref name="handled"/> set when the response (a replay or a refusal) has been written.
    /// </summary>
    public async Task<(IdempotencyKey? Key, bool Handled)> BeginAsync(HttpContext http, GraphQLRequest request)
    {
        var values = http.Request.Headers[Header];
        var tenant = http.RequestServices.GetRequiredService<ITenantContext>().Current?.Id;
        var user = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirst("sub")?.Value : null;
        if (values.Count == 0 || tenant is null || user is null)
        {
            // Without a user the request is refused by validation anyway; there is nothing to protect.
            return (null, false);
        }

        var value = values.Count == 1 ? Unquote(values.ToString()) : null;
        if (value is null || value.Length == 0 || value.Length > options.Value.MaxKeyLength || value.Any(c => c is < '!' or > '~'))
        {
            await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest,
                $"Send one {Header} header of 1 to {options.Value.MaxKeyLength} printable ASCII characters.");
            return (null, true);
        }

        var key = new IdempotencyKey(tenant, user, value);
        var begin = await store.BeginAsync(key, Fingerprint(request), http.RequestAborted);
        switch (begin.Outcome)
        {
            case IdempotencyOutcome.Started:
                return (key, false);
            case IdempotencyOutcome.Completed:
                var stored = begin.Response!;
                http.Response.StatusCode = stored.Status;
                http.Response.ContentType = stored.ContentType;
                http.Response.Headers[ReplayedHeader] = "true";
                await http.Response.Body.WriteAsync(stored.Body, http.RequestAborted);
                return (null, true);
            case IdempotencyOutcome.InProgress:
                await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status409Conflict, ErrorCodes.IdempotencyInProgress,
                    $"A request with this {Header} is still being processed; retry when it has finished.");
                return (null, true);
            default:
                await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status422UnprocessableEntity, ErrorCodes.IdempotencyKeyReused,
                    $"This {Header} was already used for a different request; use a new key for a new request.");
                return (null, true);
        }
    }

    public Task CompleteAsync(IdempotencyKey key, int status, string contentType, byte[] body) =>
        store.CompleteAsync(key, new StoredResponse(status, contentType, body), CancellationToken.None).AsTask();

    public Task ReleaseAsync(IdempotencyKey key) => store.ReleaseAsync(key, CancellationToken.None).AsTask();

    /// <summary>The request as the key binds it: the document, the operation name and the variables (re-serialized, so JSON spacing does not matter).</summary>
    private string Fingerprint(GraphQLRequest request)
    {
        var text = string.Join('\n', request.Query, request.OperationName ?? "", request.Variables is null ? "" : serializer.Serialize(request.Variables));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    // The draft defines the header as a structured-field string ("..."); bare tokens are accepted too.
    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
}
