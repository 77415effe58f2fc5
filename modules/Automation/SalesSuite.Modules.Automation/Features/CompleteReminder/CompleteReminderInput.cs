namespace SalesSuite.Modules.Automation.Features.CompleteReminder;

/// <summary>Your reminder to mark done.</summary>
internal sealed record CompleteReminderInput
{
    public string? Id { get; init; }
}
