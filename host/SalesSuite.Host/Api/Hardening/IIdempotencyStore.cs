using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api.Hardening;

/// <summary>Where keys and the responses they produced are kept; the seam for a database-backed store.</summary>
public interface IIdempotencyStore
{
    /// <summary>Claims <paramref name="key"/> for a request with <paramref name="fingerprint"/>, or tells what holds it.</summary>
    ValueTask<IdempotencyBegin> BeginAsync(IdempotencyKey key, string fingerprint, CancellationToken cancellationToken);

    ValueTask CompleteAsync(IdempotencyKey key, StoredResponse response, CancellationToken cancellationToken);

    /// <summary>Forgets a key whose request did not start executing, so that a retry runs.</summary>
    ValueTask ReleaseAsync(IdempotencyKey key, CancellationToken cancellationToken);
}
