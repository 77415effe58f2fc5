namespace SalesSuite.Modules.Customers.Features.CompleteFollowUp;

/// <summary>The interaction whose follow-up is done.</summary>
internal sealed record CompleteFollowUpInput
{
    public string? Id { get; init; }
}
