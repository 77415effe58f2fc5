using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using SalesSuite.Modules.Integrations.Domain;

namespace SalesSuite.Modules.Integrations.Delivery;

/// <summary>
/// Sends one signed attempt: POST with the Standard Webhooks headers, no redirects followed, the network guard at connect time, and
/// the attempt's time-out. Any answer or failure becomes an outcome; nothing is thrown.
/// </summary>
internal sealed class WebhookHttp : IDisposable
{
    private readonly HttpClient _client;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _timeout;

    public WebhookHttp(IOptions<WebhookOptions> options, TimeProvider clock)
    {
        _clock = clock;
        var allowPrivate = options.Value.AllowPrivateNetworks;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = (context, ct) => NetworkGuard.ConnectAsync(context.DnsEndPoint, allowPrivate, ct),
        };
        _timeout = TimeSpan.FromSeconds(Math.Max(1, options.Value.TimeoutSeconds));
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("SalesSuite-Webhooks", "1.0"));
    }

    public async Task<(WebhookAttemptOutcome Outcome, string? Response)> SendAsync(string url, string webhookId, string body, IReadOnlyList<string> secrets,
        CancellationToken cancellationToken)
    {
        var timestamp = _clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", webhookId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSigner.Sign(secrets, webhookId, timestamp, body));
        var watch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(_timeout, _clock);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            var text = await ReadStartAsync(response, attempt.Token);
            var code = (int)response.StatusCode;
            var error = code is >= 200 and < 300 ? null
                : code is >= 300 and < 400 ? $"The receiver answered {code} (a redirect, which is not followed)."
                : $"The receiver answered {code}.";
            return (new WebhookAttemptOutcome(code, error, RetryAfter(response), watch.Elapsed), text);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or WebhookBlockedException or IOException
            && !cancellationToken.IsCancellationRequested)
        {
            var blocked = ex as WebhookBlockedException ?? ex.InnerException as WebhookBlockedException;
            var error = blocked?.Message ?? (ex is OperationCanceledException
                ? $"No answer within {_timeout.TotalSeconds:0} s."
                : "The request failed: " + ex.GetBaseException().Message);
            return (new WebhookAttemptOutcome(null, Cut(error), null, watch.Elapsed), null);
        }
    }

    public void Dispose() => _client.Dispose();

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _clock.GetUtcNow() is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static async Task<string?> ReadStartAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var buffer = new char[500];
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8);
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        return read == 0 ? null : new string(buffer, 0, read);
    }

    private static string Cut(string text) => text.Length <= 1000 ? text : text[..1000];
}
