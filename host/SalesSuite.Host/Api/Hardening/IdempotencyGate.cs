using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api.Hardening;

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
