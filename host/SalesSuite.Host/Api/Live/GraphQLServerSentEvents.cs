using System.Text;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Host.Api.Live;

/// <summary>
/// GraphQL over server-sent events, in the "distinct connections" mode of the GraphQL over SSE protocol (the npm <c>graphql-sse</c>
/// client's default): a POST to <c>/graphql</c> with <c>Accept: text/event-stream</c> answers with <c>event: next</c> for each result and
/// <c>event: complete</c> at the end, with a comment line every <see cref="SubscriptionOptions.KeepAliveSeconds"/>. The request's own
/// headers carry the token and tenant. The stream ends when the token expires.
/// </summary>
internal sealed class GraphQLServerSentEvents(
    LiveOperations operations,
    LiveConnections connections,
    IGraphQLTextSerializer serializer,
    IOptions<SubscriptionOptions> options,
    TimeProvider clock)
{
    public const string MediaType = "text/event-stream";

    public static bool Accepts(HttpRequest request) => request.Headers.Accept.ToString().Contains(MediaType, StringComparison.OrdinalIgnoreCase);

    public async Task HandleAsync(HttpContext http, GraphQLRequest request, CachedDocument parsed)
    {
        var (who, status, code, message) = LiveAuthentication.OfRequest(http);
        if (who is null)
        {
            if (status == StatusCodes.Status401Unauthorized)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
            }

            await GraphQLHttpResponses.WriteErrorAsync(http, status, code, message);
            return;
        }

        using var place = connections.TryOpen(who);
        if (place is null)
        {
            await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status429TooManyRequests, ErrorCodes.LimitExceeded,
                "Too many open connections for this user or tenant.");
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.StartAsync(http.RequestAborted);

        using var ending = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        if (who.Expires is { } expires)
        {
            var left = expires - clock.GetUtcNow();
            if (left < TimeSpan.FromDays(30))       // CancelAfter takes up to about 49 days
            {
                ending.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            }
        }

        using var writing = new SemaphoreSlim(1, 1);
        async Task WriteAsync(string text)
        {
            await writing.WaitAsync(CancellationToken.None);
            try
            {
                await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), CancellationToken.None);
                await http.Response.Body.FlushAsync(CancellationToken.None);
            }
            finally
            {
                writing.Release();
            }
        }

        var keepAlive = KeepAliveAsync(WriteAsync, ending.Token);
        try
        {
            await operations.RunAsync(who, request, parsed,
                result => WriteAsync("event: next\ndata: " + serializer.Serialize(result) + "\n\n"),
                errors =>
                {
                    var result = new ExecutionResult { Executed = false };
                    foreach (var error in errors)
                    {
                        result.AddError(error);
                    }

                    return WriteAsync("event: next\ndata: " + serializer.Serialize(result) + "\n\n");
                },
                ending.Token);
            if (!http.RequestAborted.IsCancellationRequested)
            {
                await WriteAsync("event: complete\ndata: \n\n");
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // the client went away
        }
        finally
        {
            await ending.CancelAsync();
            await keepAlive;
        }
    }

    private async Task KeepAliveAsync(Func<string, Task> write, CancellationToken cancellation)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, options.Value.KeepAliveSeconds));
        try
        {
            while (true)
            {
                await Task.Delay(every, clock, cancellation);
                await write(":\n\n");
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // the stream ended
        }
    }
}
