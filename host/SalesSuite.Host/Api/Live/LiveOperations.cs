using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api.Live;

/// <summary>
/// Runs the operations of WebSockets and event streams. A query or mutation runs once. A subscription listens to its tenant's committed
/// events (<see cref="ILiveEvents"/>) of its field's type, and runs its document once per event, in a new scope with the subscriber's
/// grant as it is then, with the event as the root value (see <see cref="LiveChanges"/>): every event is checked against the tenant, the
/// record scope, the field permissions and the module switches when it is sent, not when the client subscribed.
/// </summary>
internal sealed class LiveOperations(
    GraphQLEndpoint endpoint,
    IServiceScopeFactory scopes,
    ILiveEvents events,
    ISchema schema,
    IOptions<GraphQLOptions> graphQLOptions,
    IOptions<SubscriptionOptions> options,
    ILogger<LiveOperations> logger)
{
    /// <summary>Whether the request's operation is a subscription.</summary>
    public static bool IsSubscription(GraphQLDocument document, string? operationName) =>
        Operation(document, operationName)?.Operation == OperationType.Subscription;

    /// <summary>
    /// Runs <paramref name="request"/> for <paramref name="who"/>: each result goes to <paramref name="next"/>; errors that refuse the
    /// operation (validation, access, a subscriber too slow) go to <paramref name="error"/>, which ends it. Returns when the operation ends
    /// or <paramref name="cancellation"/> fires.
    /// </summary>
    public async Task RunAsync(LiveIdentity who, GraphQLRequest request, CachedDocument parsed, Func<ExecutionResult, Task> next,
        Func<IReadOnlyList<ExecutionError>, Task> error, CancellationToken cancellation)
    {
        var operation = Operation(parsed.Document, request.OperationName);
        if (operation?.Operation != OperationType.Subscription)
        {
            var (once, _) = await RunInScopeAsync(who, request, parsed, null, cancellation);
            await (once.Executed ? next(once) : error(Errors(once)));
            return;
        }

        var prefix = operation.SelectionSet.Selections.OfType<GraphQLField>().Select(f => schema.Subscription?.GetField(f.Name.StringValue))
            .FirstOrDefault()?.GetMetadata<string?>(LiveChanges.EventPrefix);

        // Listen before the check, so that no event committed in between is missed.
        var queue = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(Math.Max(1, options.Value.MaxQueuedEvents))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        var overflowed = false;
        using var listening = events.Listen(who.Tenant.Id, e =>
        {
            // Without a prefix (the field is selected through a fragment) every event runs: the field's resolver picks its own.
            if ((prefix is null || e.Type.StartsWith(prefix, StringComparison.Ordinal)) && !queue.Writer.TryWrite(e))
            {
                overflowed = true;
                queue.Writer.TryComplete();
            }
        });

        var (check, _) = await RunInScopeAsync(who, request, parsed, null, cancellation);
        if (!check.Executed || check.Errors is { Count: > 0 })
        {
            await error(Errors(check));
            return;
        }

        try
        {
            await foreach (var liveEvent in queue.Reader.ReadAllAsync(cancellation))
            {
                if (overflowed)
                {
                    break;      // what is still queued is not sent: the client queries what it missed
                }

                var (result, items) = await RunInScopeAsync(who, request, parsed, liveEvent, cancellation);
                if (!result.Executed)
                {
                    await error(Errors(result));     // e.g. the subscriber's role lost the permission since
                    return;
                }

                if (result.Streams is null && result.Errors is { Count: > 0 })
                {
                    await next(result);
                }

                foreach (var item in items)
                {
                    await next(item);
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return;
        }

        if (overflowed)
        {
            logger.LogWarning("A subscription of user {User} in tenant {Tenant} fell {Count} events behind and was ended", who.UserId, who.Tenant.Id,
                options.Value.MaxQueuedEvents);
            await error([new ExecutionError($"The subscription fell more than {options.Value.MaxQueuedEvents} events behind and was ended; " +
                "subscribe again and read what changed meanwhile with a query.") { Code = ErrorCodes.LimitExceeded }]);
        }
    }

    /// <summary>Runs the document once in a new scope for <paramref name="who"/>; a subscription's stream is read to its end inside it.</summary>
    private async Task<(ExecutionResult Result, List<ExecutionResult> Items)> RunInScopeAsync(LiveIdentity who, GraphQLRequest request,
        CachedDocument parsed, LiveEvent? root, CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<ITenantContext>().Set(who.Tenant);
        var audit = services.GetRequiredService<IAuditContext>();
        audit.ActorId = who.UserId;
        audit.RequestId = who.RequestId;
        audit.ClientAddress = who.ClientAddress;
        if (services.GetRequiredService<ICurrentUser>() is HttpCurrentUser user)
        {
            user.Use(who.User);
        }

        var seconds = graphQLOptions.Value.ExecutionTimeoutSeconds;
        var timeout = seconds > 0 ? TimeSpan.FromSeconds(seconds) : Timeout.InfiniteTimeSpan;
        var (result, _) = await endpoint.RunAsync(services, who.User, request, parsed, root, timeout, who.RequestId, cancellation);
        var items = new List<ExecutionResult>();
        foreach (var stream in result.Streams?.Values ?? [])
        {
            foreach (var item in await ReadToEndAsync(stream, cancellation))
            {
                endpoint.Sanitize(item, timeout, who.RequestId);
                items.Add(item);
            }

            await endpoint.RecordReadsAsync(services, result, who.RequestId);     // the record's fields were read just now
        }

        return (result, items);
    }

    private static async Task<List<ExecutionResult>> ReadToEndAsync(IObservable<ExecutionResult> stream, CancellationToken cancellation)
    {
        var reader = new StreamReader();
        using (stream.Subscribe(reader))
        {
            await reader.Done.Task.WaitAsync(cancellation);
        }

        return reader.Items;
    }

    private static IReadOnlyList<ExecutionError> Errors(ExecutionResult result) =>
        result.Errors is { Count: > 0 } errors ? [.. errors] : [new ExecutionError("The operation was not run.") { Code = ErrorCodes.BadRequest }];

    private static GraphQLOperationDefinition? Operation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }

    private sealed class StreamReader : IObserver<ExecutionResult>
    {
        public List<ExecutionResult> Items { get; } = [];

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OnNext(ExecutionResult value)
        {
            lock (Items)
            {
                Items.Add(value);
            }
        }

        public void OnError(Exception error) => Done.TrySetException(error);

        public void OnCompleted() => Done.TrySetResult();
    }
}
