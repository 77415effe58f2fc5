using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Automation.Contracts;

/// <summary>
/// A reminder came due in a user's inbox: raised for a new condition, opened again when its condition came back, or woken from a
/// snooze. <paramref name="RecordType"/> and <paramref name="RecordId"/> name the record it is about.
/// </summary>
public sealed record ReminderDue(Guid ReminderId, string UserId, string Kind, string RecordType, Guid RecordId, string Title, DateTimeOffset DueAt,
    DateTimeOffset At)
    : IIntegrationEvent;
