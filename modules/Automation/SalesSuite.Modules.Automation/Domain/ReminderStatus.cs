namespace SalesSuite.Modules.Automation.Domain;

internal enum ReminderStatus
{
    Open,
    Done,
    Snoozed,

    /// <summary>The condition cleared (the follow-up was done, the order paid): out of the inbox until it holds again.</summary>
    Resolved,
}
