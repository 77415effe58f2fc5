namespace SalesSuite.Modules.Opportunities.Features.LogOpportunityFollowUp;

/// <summary>A note on an opportunity and, optionally, when to follow up next (in UTC).</summary>
internal sealed record LogOpportunityFollowUpInput
{
    public string? OpportunityId { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset? NextFollowUpAt { get; init; }
}
