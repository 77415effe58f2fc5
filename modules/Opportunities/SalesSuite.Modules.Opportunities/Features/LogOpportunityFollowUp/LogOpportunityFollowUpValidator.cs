using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Opportunities.Features.LogOpportunityFollowUp;

/// <summary>logOpportunityFollowUp's rules on its input, those of a <see cref="FollowUp"/>: a note, and a next date not in the past.</summary>
internal static class LogOpportunityFollowUpValidator
{
    /// <summary>Throws VALIDATION listing every problem.</summary>
    public static void Check(LogOpportunityFollowUpInput input, DateTimeOffset now) =>
        FollowUp.Check(input.Note, input.NextFollowUpAt, now, new Validator()).ThrowIfInvalid();
}
