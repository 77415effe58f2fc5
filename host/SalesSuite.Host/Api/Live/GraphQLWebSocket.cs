using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using SalesSuite.Host.Api.Hardening;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Host.Api.Live;

/// <summary>
/// GraphQL over WebSocket at <c>/graphql</c>, with the <c>graphql-transport-ws</c> protocol (the one of the npm <c>graphql-ws</c> client):
/// <c>connection_init</c> (with the token) within <see cref="SubscriptionOptions.ConnectionInitTimeoutSeconds"/>, then <c>subscribe</c>,
/// <c>next</c>, <c>error</c>, <c>complete</c>, <c>ping</c> and <c>pong</c>, and the protocol's close codes. The socket closes with 4403
/// when the token expires.
/// </summary>
internal sealed class GraphQLWebSocket(
    LiveOperations operations,
    LiveAuthentication authentication,
    LiveConnections connections,
    DocumentCache documents,
    IGraphQLTextSerializer serializer,
    RequestRateLimiter limiter,
    IOptions<SubscriptionOptions> options,
    IOptions<GraphQLOptions> graphQLOptions,
    TimeProvider clock,
    ILogger<GraphQLWebSocket> logger)
{
    public const string Protocol = "graphql-transport-ws";

    private LiveOperations Operations => operations;

    private LiveAuthentication Authentication => authentication;

    private LiveConnections Connections => connections;

    private DocumentCache Documents => documents;

    private IGraphQLTextSerializer Serializer => serializer;

    private RequestRateLimiter Limiter => limiter;

    private IOptions<SubscriptionOptions> Options => options;

    private IOptions<GraphQLOptions> GraphQLOptions => graphQLOptions;

    private TimeProvider Clock => clock;

    private ILogger<GraphQLWebSocket> Logger => logger;

    public async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(Protocol))
        {
            using var refused = await http.WebSockets.AcceptWebSocketAsync();
            await refused.CloseOutputAsync((WebSocketCloseStatus)4406, "Subprotocol not acceptable", http.RequestAborted);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync(Protocol);
        var connection = new Connection(this, http, socket);
        try
        {
            await connection.RunAsync();
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // the client went away
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }

    private sealed class Connection(GraphQLWebSocket owner, HttpContext http, WebSocket socket) : IAsyncDisposable
    {
        private readonly SemaphoreSlim _sending = new(1, 1);
        /// <summary>Stops the operations and timers, at once when the server closes.</summary>
        private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);

        /// <summary>Stops reading: a few seconds after the server closes, if the client never answers its close.</summary>
        private readonly CancellationTokenSource _reading = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);
        private readonly List<Task> _tasks = [];
        private bool _initReceived;
        private LiveIdentity? _who;
        private IDisposable? _place;

        public async Task RunAsync()
        {
            var settings = owner.Options.Value;
            _tasks.Add(CloseUnlessInitialisedAsync(TimeSpan.FromSeconds(Math.Max(1, settings.ConnectionInitTimeoutSeconds))));
            while (true)
            {
                var (message, closed) = await ReceiveAsync();
                if (closed)
                {
                    return;
                }

                if (message is not null && !_closing.IsCancellationRequested)
                {
                    await HandleAsync(message.RootElement);
                }

                message?.Dispose();
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await _closing.CancelAsync();       // cancels every running operation too: their sources are linked to it
                await Task.WhenAll(_tasks.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            }
            finally
            {
                _place?.Dispose();
                _closing.Dispose();
                _reading.Dispose();
            }
        }

        /// <summary>
        /// The next text message as JSON; null for a bad one (the server closes the socket then, and reads on until the client answers the
        /// close: ending the read at once would drop the close frame). Closed when the client's close frame came.
        /// </summary>
        private async Task<(JsonDocument? Message, bool Closed)> ReceiveAsync()
        {
            var max = owner.GraphQLOptions.Value.MaxRequestBytes;
            using var buffer = new MemoryStream();
            var chunk = new byte[8 * 1024];
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(chunk, _reading.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await CloseAsync(WebSocketCloseStatus.NormalClosure, string.Empty);     // answers the client's close
                    return (null, true);
                }

                buffer.Write(chunk, 0, received.Count);
                if (buffer.Length > max)
                {
                    await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"A message is larger than {max} bytes.");
                    return (null, false);
                }
            }
            while (!received.EndOfMessage);

            if (received.MessageType != WebSocketMessageType.Text)
            {
                await CloseAsync(4400, "Invalid message received: send text.");
                return (null, false);
            }

            try
            {
                var document = JsonDocument.Parse(buffer.ToArray());
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
                {
                    return (document, false);
                }

                document.Dispose();
            }
            catch (JsonException)
            {
            }

            await CloseAsync(4400, "Invalid message received: a JSON object with a type is expected.");
            return (null, false);
        }

        private async Task HandleAsync(JsonElement message)
        {
            switch (message.GetProperty("type").GetString())
            {
                case "connection_init":
                    await InitialiseAsync(message.TryGetProperty("payload", out var payload) ? payload : default);
                    break;
                case "ping":
                    await SendAsync(writer => writer.WriteString("type", "pong"));
                    break;
                case "pong":
                    break;
                case "subscribe":
                    await SubscribeAsync(message);
                    break;
                case "complete":
                    if (message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && _running.TryRemove(id.GetString()!, out var run))
                    {
                        try
                        {
                            await run.CancelAsync();
                        }
                        catch (ObjectDisposedException)
                        {
                            // it ended on its own meanwhile
                        }
                    }

                    break;
                default:
                    await CloseAsync(4400, "Invalid message received: unknown type.");
                    break;
            }
        }

        private async Task InitialiseAsync(JsonElement payload)
        {
            if (_initReceived)
            {
                await CloseAsync(4429, "Too many initialisation requests");
                return;
            }

            _initReceived = true;
            string? authorization = null;
            string? tenant = null;
            if (payload.ValueKind == JsonValueKind.Object)
            {
                authorization = Text(payload, "authorization") ?? Text(payload, "Authorization");
                tenant = Text(payload, "tenant");
            }
            else if (payload.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
            {
                await CloseAsync(4400, "Invalid message received: the connection_init payload must be an object.");
                return;
            }

            var (who, error) = await owner.Authentication.IdentifyAsync(http, authorization, tenant);
            if (who is null)
            {
                await CloseAsync(4403, "Forbidden: " + error);
                return;
            }

            if (owner.Limiter.Enabled && !owner.Limiter.Acquire(who.Tenant.Id, who.UserId, http.Connection.RemoteIpAddress).Allowed)
            {
                await CloseAsync(4429, "Too many requests: the rate limit is reached.");
                return;
            }

            _place = owner.Connections.TryOpen(who);
            if (_place is null)
            {
                await CloseAsync(4429, "Too many connections for this user or tenant.");
                return;
            }

            _who = who;
            await SendAsync(writer => writer.WriteString("type", "connection_ack"));
            if (who.Expires is { } expires)
            {
                _tasks.Add(CloseWhenExpiredAsync(expires));
            }
        }

        private async Task SubscribeAsync(JsonElement message)
        {
            if (_who is null)
            {
                await CloseAsync(4401, "Unauthorized");
                return;
            }

            var id = message.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
            if (string.IsNullOrEmpty(id) || !message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object
                || Text(payload, "query") is not { Length: > 0 } query)
            {
                await CloseAsync(4400, "Invalid message received: subscribe needs an id and a payload with a query.");
                return;
            }

            GraphQLRequest? request;
            try
            {
                request = owner.Serializer.Deserialize<GraphQLRequest>(payload.GetRawText());
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException)
            {
                request = null;
            }

            if (request is null)
            {
                await CloseAsync(4400, "Invalid message received: the subscribe payload is not a GraphQL request.");
                return;
            }

            var run = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
            if (!_running.TryAdd(id, run))
            {
                run.Dispose();
                await CloseAsync(4409, $"Subscriber for {Shorten(id)} already exists");
                return;
            }

            if (_running.Count > owner.Options.Value.MaxSubscriptionsPerConnection)
            {
                await EndAsync(id, run, [new ExecutionError($"At most {owner.Options.Value.MaxSubscriptionsPerConnection} operations may run at once on one " +
                    "connection.") { Code = ErrorCodes.LimitExceeded }]);
                return;
            }

            if (owner.Limiter.Enabled && !owner.Limiter.Acquire(_who.Tenant.Id, _who.UserId, http.Connection.RemoteIpAddress).Allowed)
            {
                await EndAsync(id, run, [new ExecutionError("Too many requests: the rate limit is reached.") { Code = ErrorCodes.RateLimited }]);
                return;
            }

            CachedDocument parsed;
            try
            {
                parsed = owner.Documents.Parse(query, DocumentCache.Hash(query));
            }
            catch (Exception ex) when (ex is GraphQLSyntaxErrorException or GraphQLMaxDepthExceededException)
            {
                await EndAsync(id, run, [new ExecutionError("The query is not valid GraphQL.") { Code = ErrorCodes.ParseError }]);
                return;
            }

            _tasks.RemoveAll(t => t.IsCompleted);
            _tasks.Add(RunAsync(id, run, request, parsed));
        }

        private async Task RunAsync(string id, CancellationTokenSource run, GraphQLRequest request, CachedDocument parsed)
        {
            var failed = false;
            try
            {
                await Task.Yield();
                await owner.Operations.RunAsync(_who!, request, parsed,
                    result => SendAsync(writer =>
                    {
                        writer.WriteString("id", id);
                        writer.WriteString("type", "next");
                        writer.WritePropertyName("payload");
                        writer.WriteRawValue(owner.Serializer.Serialize(result), skipInputValidation: true);
                    }, run.Token),
                    async errors =>
                    {
                        failed = true;
                        await SendErrorAsync(id, errors, run.Token);
                    },
                    run.Token);
                if (!failed && _running.ContainsKey(id))
                {
                    await SendAsync(writer =>
                    {
                        writer.WriteString("id", id);
                        writer.WriteString("type", "complete");
                    }, run.Token);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // completed by the client, or the socket closed
            }
            catch (Exception ex)
            {
                owner.Logger.LogError(ex, "Subscription {Id} of request {RequestId} failed", id, http.TraceIdentifier);
                if (!failed && _running.ContainsKey(id))
                {
                    await SendErrorAsync(id, [new ExecutionError($"An internal error occurred. Request id: {http.TraceIdentifier}.") { Code = "INTERNAL" }],
                        CancellationToken.None);
                }
            }
            finally
            {
                _running.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, run));
                run.Dispose();
            }
        }

        /// <summary>Ends an operation that did not start with an <c>error</c> message.</summary>
        private async Task EndAsync(string id, CancellationTokenSource run, IReadOnlyList<ExecutionError> errors)
        {
            _running.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, run));
            run.Dispose();
            await SendErrorAsync(id, errors, _closing.Token);
        }

        private async Task SendErrorAsync(string id, IReadOnlyList<ExecutionError> errors, CancellationToken cancellation)
        {
            var result = new ExecutionResult { Executed = false };
            foreach (var error in errors)
            {
                result.AddError(error);
            }

            using var json = JsonDocument.Parse(owner.Serializer.Serialize(result));
            var list = json.RootElement.TryGetProperty("errors", out var e) ? e.GetRawText() : "[]";
            await SendAsync(writer =>
            {
                writer.WriteString("id", id);
                writer.WriteString("type", "error");
                writer.WritePropertyName("payload");
                writer.WriteRawValue(list, skipInputValidation: true);
            }, cancellation);
        }

        /// <summary>
        /// Sends one message. <paramref name="cancellation"/> (an operation's) only stops the wait for the socket: a write cancelled half-way
        /// would abort the whole socket, so the write itself stops only when the connection closes.
        /// </summary>
        private async Task SendAsync(Action<Utf8JsonWriter> write, CancellationToken cancellation = default)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                write(writer);
                writer.WriteEndObject();
            }

            await _sending.WaitAsync(cancellation);
            try
            {
                if (socket.State == WebSocketState.Open)
                {
                    await socket.SendAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), WebSocketMessageType.Text, true, _closing.Token);
                }
            }
            finally
            {
                _sending.Release();
            }
        }

        private async Task CloseAsync(WebSocketCloseStatus status, string reason) => await CloseAsync((int)status, reason);

        private async Task CloseAsync(int code, string reason)
        {
            // A client that stopped reading can hold a send (and the lock) for long: then the socket is aborted instead.
            if (!await _sending.WaitAsync(TimeSpan.FromSeconds(5)))
            {
                socket.Abort();
                await _closing.CancelAsync();
                return;
            }

            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, Shorten(reason), CancellationToken.None);
                }
            }
            catch (WebSocketException)
            {
            }
            finally
            {
                _sending.Release();
            }

            await _closing.CancelAsync();
            _reading.CancelAfter(TimeSpan.FromSeconds(5));
        }

        private async Task CloseUnlessInitialisedAsync(TimeSpan wait)
        {
            try
            {
                await Task.Delay(wait, owner.Clock, _closing.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (!_initReceived)
            {
                await CloseAsync(4408, "Connection initialisation timeout");
            }
        }

        private async Task CloseWhenExpiredAsync(DateTimeOffset expires)
        {
            var wait = expires - owner.Clock.GetUtcNow();
            try
            {
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, owner.Clock, _closing.Token);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await CloseAsync(4403, "Forbidden: the access token expired; connect again with a new one");
        }

        private static string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        /// <summary>A close reason fits in 123 bytes of UTF-8.</summary>
        private static string Shorten(string text)
        {
            while (Encoding.UTF8.GetByteCount(text) > 120)
            {
                text = text[..^2];
            }

            return text;
        }
    }
}
