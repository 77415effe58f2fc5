using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Opportunities.Domain;

/// <summary>An entry of an opportunity's follow-up log; a next date makes it a reminder for the owner until it is completed.</summary>
internal sealed class FollowUp : TenantEntity
{
    /// <summary>For EF Core.</summary>
    private FollowUp()
    {
    }

    public Guid OpportunityId { get; private set; }

    public string Note { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    public string ActorId { get; private set; } = string.Empty;

    public DateTimeOffset? NextFollowUpAt { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    /// <summary>A new entry of the log, written <paramref name="at"/>; refuses what <see cref="Check"/> refuses.</summary>
    public static FollowUp Log(Guid opportunityId, string? note, DateTimeOffset? nextFollowUpAt, string actorId, DateTimeOffset at)
    {
        Check(note, nextFollowUpAt, at, new Validator()).ThrowIfInvalid();
        return new FollowUp { OpportunityId = opportunityId, Note = note!, At = at, ActorId = actorId, NextFollowUpAt = nextFollowUpAt };
    }

    /// <summary>Marks the follow-up as done <paramref name="at"/>; one done already keeps its first time.</summary>
    public void Complete(DateTimeOffset at) => DoneAt ??= at;

    /// <summary>The rules of an entry: a note (at most 4,000 characters), and a next date, if any, not before <paramref name="now"/>.</summary>
    public static Validator Check(string? note, DateTimeOffset? nextFollowUpAt, DateTimeOffset now, Validator validator)
    {
        validator.Required("note", note, 4000);
        if (nextFollowUpAt is { } next && next < now)
        {
            validator.Add("nextFollowUpAt", "must be in the future.");
        }

        return validator;
    }
}
