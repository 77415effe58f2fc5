using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace SalesSuite.Testing;

/// <summary>
/// A plain client of the graphql-transport-ws protocol on <see cref="ClientWebSocket"/>, written from the protocol's text (not from the
/// host's code): it sends what a test tells it and hands back every message and the close the server sent.
/// </summary>
public sealed class GraphQLWsClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonObject> _messages = Channel.CreateUnbounded<JsonObject>();
    private readonly CancellationTokenSource _stop = new();
    private Task? _reading;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseReason => _socket.CloseStatusDescription;

    /// <summary>Opens a socket to <c>/graphql</c> of <paramref name="address"/>, offering <paramref name="protocol"/> (none when null).</summary>
    public static async Task<GraphQLWsClient> OpenAsync(Uri address, string? protocol = "graphql-transport-ws")
    {
        var client = new GraphQLWsClient();
        if (protocol is not null)
        {
            client._socket.Options.AddSubProtocol(protocol);
        }

        var ws = new UriBuilder(address) { Scheme = address.Scheme == "https" ? "wss" : "ws", Path = "/graphql" }.Uri;
        await client._socket.ConnectAsync(ws, CancellationToken.None);
        client._reading = client.ReadAsync();
        return client;
    }

    /// <summary>Opens a socket, sends connection_init with the token and waits for connection_ack.</summary>
    public static async Task<GraphQLWsClient> ConnectAsync(Uri address, string token, string? tenant = null)
    {
        var client = await OpenAsync(address);
        var payload = new JsonObject { ["authorization"] = "Bearer " + token };
        if (tenant is not null)
        {
            payload["tenant"] = tenant;
        }

        await client.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = payload });
        var ack = await client.NextAsync(TimeSpan.FromSeconds(30));
        if (ack["type"]?.GetValue<string>() != "connection_ack")
        {
            throw new InvalidOperationException("Expected connection_ack, got " + ack.ToJsonString());
        }

        return client;
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new JsonObject
        {
            ["id"] = id,
            ["type"] = "subscribe",
            ["payload"] = new JsonObject
            {
                ["query"] = query,
                ["variables"] = variables is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(variables),
            },
        });

    public Task SendAsync(JsonObject message) => SendTextAsync(message.ToJsonString());

    public async Task SendTextAsync(string text)
    {
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        catch (WebSocketException ex)
        {
            throw new InvalidOperationException($"Could not send {text}: the socket is {_socket.State} ({CloseStatus} {CloseReason}).", ex);
        }
    }

    /// <summary>The next message the server sent; throws when none comes within <paramref name="timeout"/> or the socket closed.</summary>
    public async Task<JsonObject> NextAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            return await _messages.Reader.ReadAsync(wait.Token);
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The server closed the socket: {CloseStatus} {CloseReason}");
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No message within {timeout.TotalSeconds} s.");
        }
    }

    /// <summary>The next <c>next</c> message's <c>payload</c> for subscription <paramref name="id"/> (other messages fail the test).</summary>
    public async Task<JsonNode> NextResultAsync(string id, TimeSpan timeout)
    {
        var message = await NextAsync(timeout);
        if (message["type"]?.GetValue<string>() != "next" || message["id"]?.GetValue<string>() != id)
        {
            throw new InvalidOperationException($"Expected next for {id}, got {message.ToJsonString()}");
        }

        return message["payload"]!;
    }

    /// <summary>Waits until the server closes the socket and returns its close code.</summary>
    public async Task<int?> ClosedAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            while (await _messages.Reader.WaitToReadAsync(wait.Token))
            {
                _messages.Reader.TryRead(out _);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The socket was not closed within {timeout.TotalSeconds} s.");
        }

        return (int?)CloseStatus;
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult received;
                do
                {
                    received = await _socket.ReceiveAsync(buffer, _stop.Token);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        if (_socket.State == WebSocketState.CloseReceived)
                        {
                            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                        }

                        return;
                    }

                    message.Write(buffer, 0, received.Count);
                }
                while (!received.EndOfMessage);

                _messages.Writer.TryWrite((JsonObject)JsonNode.Parse(message.ToArray())!);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            _messages.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
        }

        if (_reading is not null)
        {
            await Task.WhenAny(_reading, Task.Delay(TimeSpan.FromSeconds(5)));
            await _stop.CancelAsync();
            await _reading;
        }

        _socket.Dispose();
        _stop.Dispose();
    }
}
