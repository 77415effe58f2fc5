namespace SalesSuite.Modules.Opportunities.Contracts;

/// <summary>
/// What other modules may read of an opportunity that reaches them as the source of a field they add to the
/// <c>Opportunity</c> GraphQL type (e.g. <c>Opportunity.customer</c>, <c>Opportunity.owner</c>).
/// </summary>
public interface IOpportunityRecord
{
    Guid Id { get; }

    Guid CustomerId { get; }

    /// <summary>User id of the sales rep who owns the opportunity.</summary>
    string OwnerId { get; }
}
