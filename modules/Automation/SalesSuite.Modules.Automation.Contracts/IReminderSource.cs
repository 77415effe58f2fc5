namespace SalesSuite.Modules.Automation.Contracts;

/// <summary>The kinds of reminders; a source reports conditions of its own kinds.</summary>
public static class ReminderKinds
{
    /// <summary>A customer interaction's or an opportunity follow-up's next date has passed and it is not done.</summary>
    public const string FollowUp = "FOLLOW_UP";

    /// <summary>An open opportunity has stayed in its stage longer than the stage's number of days.</summary>
    public const string Stalled = "STALLED";

    /// <summary>An order is confirmed but unpaid, or paid but not shipped, past the tenant's reminder days.</summary>
    public const string Order = "ORDER";

    /// <summary>A rep's target for the current period is at risk: past half of the period, attainment below the elapsed share.</summary>
    public const string Target = "TARGET";
}

/// <summary>What a reminder source is asked at <paramref name="Now"/>.</summary>
/// <param name="Now">The job's instant.</param>
/// <param name="StallDays">Days an opportunity may stay in a stage, by stage id; stages not listed use <paramref name="DefaultStallDays"/>.</param>
/// <param name="DefaultStallDays">The days for stages without a setting of their own.</param>
public sealed record ReminderQuery(DateTimeOffset Now, IReadOnlyDictionary<Guid, int> StallDays, int DefaultStallDays);

/// <summary>One condition that holds now and needs a user's attention.</summary>
/// <param name="Kind">One of <see cref="ReminderKinds"/>.</param>
/// <param name="RecordId">The record it is about (interaction, follow-up, opportunity, order, target).</param>
/// <param name="RecordType">The GraphQL type of the record, for a global id.</param>
/// <param name="UserId">Whose inbox it goes to.</param>
/// <param name="Title">What to do, in words.</param>
/// <param name="DueAt">Since when it is due.</param>
public sealed record ReminderCondition(string Kind, Guid RecordId, string RecordType, string UserId, string Title, DateTimeOffset DueAt);

/// <summary>
/// A module's reminder conditions at a moment, aggregated in SQL over the whole tenant (the job runs for the system, and
/// each condition names its user). The Automation module's job asks every registered source on each run.
/// </summary>
public interface IReminderSource
{
    Task<IReadOnlyList<ReminderCondition>> ConditionsAsync(ReminderQuery query, CancellationToken cancellationToken);
}
