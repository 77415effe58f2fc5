using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Customers.Features.LogInteraction;

/// <summary>logInteraction's rules: a subject, short notes, nothing in the future, a follow-up after the interaction.</summary>
internal static class LogInteractionValidator
{
    /// <summary>How far ahead of the server's clock an interaction may be dated (clients' clocks drift).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>When it happened (now when left out); throws VALIDATION listing every problem.</summary>
    public static DateTimeOffset Check(LogInteractionInput input, DateTimeOffset now)
    {
        var validator = new Validator();
        validator.Required("subject", input.Subject, 200).MaxLength("notes", input.Notes, 4000);
        var occurredAt = input.OccurredAt ?? now;
        if (occurredAt > now + ClockSkew)
        {
            validator.Add("occurredAt", "cannot be in the future.");
        }

        if (input.NextFollowUpAt is { } followUp && followUp < occurredAt)
        {
            validator.Add("nextFollowUpAt", "must be after the interaction.");
        }

        validator.ThrowIfInvalid();
        return occurredAt;
    }
}
