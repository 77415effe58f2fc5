namespace SalesSuite.Modules.Opportunities.Features.CompleteOpportunityFollowUp;

/// <summary>The follow-up that is done.</summary>
internal sealed record CompleteOpportunityFollowUpInput
{
    public string? Id { get; init; }
}
