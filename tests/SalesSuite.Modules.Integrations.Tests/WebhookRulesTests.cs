using System.Net;
using Microsoft.Extensions.Configuration;
using SalesSuite.Modules.Integrations.Delivery;
using SalesSuite.Modules.Integrations.Domain;

namespace SalesSuite.Modules.Integrations.Tests;

/// <summary>The signature, the network guard and a delivery's retry schedule, without a database or a host.</summary>
public sealed class WebhookRulesTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<TimeSpan> Schedule = new WebhookOptions().Schedule;

    [Fact]
    public void The_signature_is_the_Standard_Webhooks_one()
    {
        // The example of the Standard Webhooks specification and its reference libraries.
        var signature = WebhookSigner.Sign(["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"], "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, """{"test": 2432232314}""");

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Fact]
    public void A_new_secret_is_whsec_and_32_random_bytes_and_two_secrets_give_two_signatures()
    {
        var first = WebhookSigner.NewSecret();
        var second = WebhookSigner.NewSecret();

        Assert.StartsWith("whsec_", first);
        Assert.Equal(32, Convert.FromBase64String(first["whsec_".Length..]).Length);
        Assert.NotEqual(first, second);
        var both = WebhookSigner.Sign([first, second], "msg_1", 1, "{}").Split(' ');
        Assert.Equal(["v1," + WebhookSigner.Signature(first, "msg_1", 1, "{}"), "v1," + WebhookSigner.Signature(second, "msg_1", 1, "{}")], both);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("0.0.0.0")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.10")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("169.254.169.254")]
    [InlineData("192.0.0.170")]
    [InlineData("198.18.0.1")]
    [InlineData("224.0.0.251")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:5")]
    [InlineData("64:ff9b:1::a9fe:a9fe")]
    [InlineData("2002:c0a8:0101::1")]
    [InlineData("::10.0.0.1")]
    [InlineData("2001:0:4136:e378::1")]
    public void Internal_addresses_are_blocked(string address) => Assert.True(NetworkGuard.IsBlocked(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.4.4")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:0808:0808::1")]
    public void Public_addresses_are_not(string address) => Assert.False(NetworkGuard.IsBlocked(IPAddress.Parse(address)));

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_when_the_connection_is_made()
    {
        var error = await Assert.ThrowsAsync<WebhookBlockedException>(async () =>
            await NetworkGuard.ConnectAsync(new DnsEndPoint("localhost", 9), allowPrivate: false, CancellationToken.None));

        Assert.Equal("localhost resolves to an internal address; webhooks are not sent there.", error.Message);
    }

    [Fact]
    public void A_failed_attempt_waits_for_the_schedule_or_a_longer_Retry_After_and_the_last_one_ends_the_delivery()
    {
        var delivery = Delivery();
        var failed = new WebhookAttemptOutcome(500, "The receiver answered 500.", null, TimeSpan.FromMilliseconds(5));

        Assert.Equal(1, delivery.Record(failed, Noon, Schedule, giveUp: false));
        Assert.Equal((WebhookDeliveryStatus.Pending, Noon.AddSeconds(5)), (delivery.Status, delivery.NextAttemptAt));

        delivery.Record(failed with { RetryAfter = TimeSpan.FromMinutes(10) }, Noon.AddSeconds(5), Schedule, giveUp: false);
        Assert.Equal(Noon.AddSeconds(5).AddMinutes(10), delivery.NextAttemptAt);    // the schedule says 5 min; the receiver asked for 10
        Assert.Throws<SharedKernel.Errors.AppException>(() => delivery.Replay(Noon));  // still on its way: not replayed beside itself

        delivery.Record(failed with { RetryAfter = TimeSpan.FromSeconds(1) }, Noon.AddMinutes(20), Schedule, giveUp: false);
        Assert.Equal(Noon.AddMinutes(50), delivery.NextAttemptAt);                   // a shorter Retry-After does not hurry the schedule

        delivery.Record(failed with { RetryAfter = TimeSpan.FromDays(365) }, Noon.AddHours(1), Schedule, giveUp: false);
        Assert.Equal(Noon.AddHours(25), delivery.NextAttemptAt);                     // nor stretches it past the schedule's longest step

        for (var attempt = 5; attempt < Schedule.Count; attempt++)
        {
            delivery.Record(failed, Noon.AddDays(attempt), Schedule, giveUp: false);
            Assert.Equal(WebhookDeliveryStatus.Pending, delivery.Status);
        }

        Assert.Equal(Schedule.Count, delivery.Record(failed, Noon.AddDays(20), Schedule, giveUp: false));
        Assert.Equal((WebhookDeliveryStatus.Failed, (DateTimeOffset?)null), (delivery.Status, delivery.NextAttemptAt));
    }

    [Fact]
    public void A_rotated_out_secret_signs_for_24_hours_and_five_days_of_failures_disable_an_endpoint()
    {
        var endpoint = WebhookEndpoint.Create("https://example.com/hook", ["customer.created"], null, "whsec_old", "admin");
        endpoint.Rotate("whsec_new", Noon);

        Assert.Equal(["whsec_new", "whsec_old"], endpoint.SigningSecrets(Noon.AddHours(23)));
        Assert.Equal(["whsec_new"], endpoint.SigningSecrets(Noon.AddHours(24)));

        Assert.False(endpoint.Failed(Noon));
        Assert.False(endpoint.Failed(Noon.AddDays(5).AddSeconds(-1)));
        endpoint.Succeeded();
        Assert.False(endpoint.Failed(Noon.AddDays(5)));                              // a success in between starts the count again
        Assert.True(endpoint.Failed(Noon.AddDays(10)));
        Assert.False(endpoint.Enabled);
        Assert.False(endpoint.Takes("customer.created"));
    }

    [Fact]
    public void A_configured_retry_schedule_replaces_the_default_and_none_keeps_it()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webhooks:RetryScheduleSeconds:0"] = "0",
            ["Webhooks:RetryScheduleSeconds:1"] = "60",
        }).Build();
        var configured = configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>()!;

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMinutes(1)], configured.Schedule);
        Assert.Equal(10, new WebhookOptions().Schedule.Count);
        Assert.Equal(TimeSpan.FromHours(24), new WebhookOptions().Schedule[^1]);
    }

    private static WebhookDelivery Delivery() =>
        WebhookDelivery.Queue(WebhookMessage.Create("customer.created", 1, Noon, "{}"), Guid.NewGuid(), Noon);
}
