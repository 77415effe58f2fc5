namespace SalesSuite.Modules.Automation.Features.SnoozeReminder;

/// <summary>Your reminder and when it should open again.</summary>
internal sealed record SnoozeReminderInput
{
    public string? Id { get; init; }

    public DateTimeOffset? Until { get; init; }
}
