using Microsoft.Extensions.Configuration;
using SalesSuite.SharedKernel.Configuration;

namespace SalesSuite.Modules.Integrations.Delivery;

/// <summary>The <c>Webhooks</c> settings.</summary>
internal sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// The delay before each attempt, first attempt first: the Standard Webhooks schedule (now, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h,
    /// 20 h, 24 h). After the last attempt fails the delivery has failed.
    /// </summary>
    /// <remarks>Null means the default: the configuration binder would append a configured list to an initial value, not replace it.</remarks>
    public int[]? RetryScheduleSeconds { get; set; }

    public static readonly int[] DefaultRetryScheduleSeconds = [0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400];

    /// <summary>How long one attempt may take before it counts as failed.</summary>
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>
    /// Send to loopback, private and link-local addresses too. Off by default (server-side request forgery); for tests and on-premises
    /// installations whose receivers are on the internal network.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>How often the sender looks for due deliveries (it is also woken when events are queued).</summary>
    public int PollSeconds { get; set; } = 1;

    /// <summary>Attempts sent at once.</summary>
    public int Concurrency { get; set; } = 8;

    public IReadOnlyList<TimeSpan> Schedule => [.. (RetryScheduleSeconds ?? DefaultRetryScheduleSeconds).Select(s => TimeSpan.FromSeconds(s))];

    /// <summary>Refuses settings that do not parse or are out of range, naming the key (a configuration error at start-up).</summary>
    public static void Check(IConfiguration configuration)
    {
        configuration.Flag(Section + ":AllowPrivateNetworks");
        configuration.WholeNumber(Section + ":TimeoutSeconds", 1, 300, "seconds");
        configuration.WholeNumber(Section + ":PollSeconds", 1, 3600, "seconds");
        configuration.WholeNumber(Section + ":Concurrency", 1, 256, "attempts");
        var schedule = configuration.GetSection(Section + ":RetryScheduleSeconds");
        if (schedule.Value is not null)
        {
            throw new ConfigurationError(schedule.Path,
                "is a list of delays in seconds, one per attempt: set RetryScheduleSeconds:0, RetryScheduleSeconds:1 ... (or a JSON array).");
        }

        foreach (var entry in schedule.GetChildren())
        {
            configuration.WholeNumber(entry.Path, 0, 7 * 24 * 3600, "seconds");
        }
    }
}
