using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace SalesSuite.Testing;

/// <summary>
/// A client of GraphQL over server-sent events ("distinct connections" mode): one POST with <c>Accept: text/event-stream</c>, read
/// event by event. Written from the protocol's text, not from the host's code.
/// </summary>
public sealed class GraphQLSseClient : IAsyncDisposable
{
    private readonly Channel<(string Event, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    private readonly CancellationTokenSource _stop = new();
    private HttpResponseMessage? _response;
    private Task? _reading;

    public int Status => (int)(_response?.StatusCode ?? 0);

    public string? ContentType => _response?.Content.Headers.ContentType?.MediaType;

    /// <summary>Sends the operation; returns once the response's headers arrived (the stream then runs in the background).</summary>
    public static async Task<GraphQLSseClient> StartAsync(HttpClient http, string token, string query, object? variables = null)
    {
        var client = new GraphQLSseClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject
            {
                ["query"] = query,
                ["variables"] = variables is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(variables),
            }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client._response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, client._stop.Token);
        client._reading = client.ReadAsync();
        return client;
    }

    /// <summary>The next event (<c>next</c> or <c>complete</c>) and its data; throws when none comes within <paramref name="timeout"/>.</summary>
    public async Task<(string Event, string Data)> NextAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            return await _events.Reader.ReadAsync(wait.Token);
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException("The stream ended.");
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No event within {timeout.TotalSeconds} s.");
        }
    }

    /// <summary>The data of the next <c>next</c> event, as JSON.</summary>
    public async Task<JsonNode> NextResultAsync(TimeSpan timeout)
    {
        var (name, data) = await NextAsync(timeout);
        return name == "next" ? JsonNode.Parse(data)! : throw new InvalidOperationException($"Expected next, got {name}: {data}");
    }

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(await _response!.Content.ReadAsStreamAsync(_stop.Token));
            string? name = null;
            var data = new StringBuilder();
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (name is not null)
                    {
                        _events.Writer.TryWrite((name, data.ToString()));
                    }

                    name = null;
                    data.Clear();
                }
                else if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    name = line[6..].Trim();
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    data.Append(line[5..].TrimStart());
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or HttpRequestException)
        {
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_reading is not null)
        {
            await _reading;
        }

        _response?.Dispose();
        _stop.Dispose();
    }
}
