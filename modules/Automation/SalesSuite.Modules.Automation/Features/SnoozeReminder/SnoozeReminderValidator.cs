using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Automation.Features.SnoozeReminder;

/// <summary>snoozeReminder's rule on its input: a time in the future.</summary>
internal static class SnoozeReminderValidator
{
    public static void Check(SnoozeReminderInput input, DateTimeOffset now)
    {
        if (input.Until is null || input.Until <= now)
        {
            throw AppException.Invalid("until", "must be a time in the future.");
        }
    }
}
