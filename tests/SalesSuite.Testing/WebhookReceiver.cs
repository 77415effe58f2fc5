using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;

namespace SalesSuite.Testing;

/// <summary>One request a <see cref="WebhookReceiver"/> got: the Standard Webhooks headers and the body as sent.</summary>
public sealed record ReceivedWebhook(string Path, string? Id, string? Timestamp, string? Signature, string Body, DateTimeOffset ReceivedAt);

/// <summary>What the receiver answers to one request.</summary>
public sealed record WebhookAnswer(int Status, string? RetryAfter = null);

/// <summary>
/// A real HTTP receiver on 127.0.0.1 (an <see cref="HttpListener"/> on a free port): records every request, answers what
/// <see cref="Answer"/> says (200 by default), and checks signatures with its own HMAC code, as a receiver would, not the product's.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Channel<ReceivedWebhook> _arrivals = Channel.CreateUnbounded<ReceivedWebhook>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private WebhookReceiver(int port)
    {
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ListenAsync);
    }

    public Uri Url { get; }

    /// <summary>Every request so far, in arrival order.</summary>
    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>Decides the answer to each request (called in arrival order).</summary>
    public Func<ReceivedWebhook, WebhookAnswer> Answer { get; set; } = _ => new WebhookAnswer(200);

    public static WebhookReceiver Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new WebhookReceiver(port);
    }

    /// <summary>The next request, or a failure naming what did arrive when none comes within <paramref name="timeout"/>.</summary>
    public async Task<ReceivedWebhook> NextAsync(TimeSpan? timeout = null)
    {
        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            return await _arrivals.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No webhook arrived within {(timeout ?? TimeSpan.FromSeconds(30)).TotalSeconds} s ({Received.Count} so far).");
        }
    }

    /// <summary>Whether one of the request's signatures is the HMAC-SHA256 of <c>id.timestamp.body</c> under <paramref name="secret"/>.</summary>
    public static bool IsSignedWith(ReceivedWebhook webhook, string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{webhook.Id}.{webhook.Timestamp}.{webhook.Body}")));
        return (webhook.Signature ?? "").Split(' ').Any(s => s == "v1," + expected);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }

        _listener.Close();
        _stop.Dispose();
    }

    private async Task ListenAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var webhook = new ReceivedWebhook(context.Request.Url!.AbsolutePath, context.Request.Headers["webhook-id"],
                context.Request.Headers["webhook-timestamp"], context.Request.Headers["webhook-signature"], await reader.ReadToEndAsync(),
                DateTimeOffset.UtcNow);
            var answer = Answer(webhook);
            Received.Enqueue(webhook);
            _ = RespondAsync(context, answer, webhook);
        }
    }

    private async Task RespondAsync(HttpListenerContext context, WebhookAnswer answer, ReceivedWebhook webhook)
    {
        try
        {
            context.Response.StatusCode = answer.Status;
            if (answer.RetryAfter is not null)
            {
                context.Response.Headers["Retry-After"] = answer.RetryAfter;
            }

            var bytes = Encoding.UTF8.GetBytes(answer.Status is >= 200 and < 300 ? "ok" : $"refused with {answer.Status}");
            await context.Response.OutputStream.WriteAsync(bytes, _stop.Token);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            _arrivals.Writer.TryWrite(webhook);
        }
    }
}
