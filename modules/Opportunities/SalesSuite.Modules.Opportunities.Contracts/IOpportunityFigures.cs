namespace SalesSuite.Modules.Opportunities.Contracts;

/// <summary>
/// Opportunity figures per owner for a period, aggregated in SQL (for the Team module's performance appraisal). The caller names the owners
/// and decides who may see the result: the figures are computed for every owner asked for, whatever the current user's scope.
/// </summary>
public interface IOpportunityFigures
{
    /// <summary>For each of <paramref name="ownerIds"/> with any figure in [<paramref name="from"/>, <paramref name="to"/>); owners without any are left
    /// out.</summary>
    Task<IReadOnlyList<OwnerOpportunityFigures>> ForOwnersAsync(IReadOnlyCollection<string> ownerIds, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken);

    /// <summary>Every closed (won or lost) opportunity of the tenant, as facts to train the purchase-intent model on, whatever the current user's
    /// scope.</summary>
    Task<IReadOnlyList<OpportunityIntentFacts>> ClosedIntentFactsAsync(CancellationToken cancellationToken);

    /// <summary>The open ones among <paramref name="opportunityIds"/> (the caller has them from the user's scope), as purchase-intent facts, in one
    /// query.</summary>
    Task<IReadOnlyList<OpportunityIntentFacts>> OpenIntentFactsAsync(IReadOnlyCollection<Guid> opportunityIds, CancellationToken cancellationToken);

    /// <summary>The open opportunities of <paramref name="customerIds"/> that the current user may see, as purchase-intent facts, in one query.</summary>
    Task<IReadOnlyList<OpportunityIntentFacts>> OpenIntentFactsOfCustomersAsync(IReadOnlyCollection<Guid> customerIds, CancellationToken cancellationToken);
}

/// <summary>What purchase-intent scoring needs of an opportunity, from its own history.</summary>
/// <param name="Won">True when won, false when lost, null while open.</param>
/// <param name="OpenedAt">When it was registered.</param>
/// <param name="ClosedAt">When it was won or lost.</param>
/// <param name="AmountInBase">Its amount in the tenant's base currency at its kept rate (null when unconverted).</param>
/// <param name="OpenStagesEntered">How many times it entered an open stage (its first stage included).</param>
public sealed record OpportunityIntentFacts(Guid Id, Guid CustomerId, string OwnerId, bool? Won, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt,
    decimal? AmountInBase, string? Source, int OpenStagesEntered);

/// <param name="OwnerId">The owner's user id.</param>
/// <param name="Won">Opportunities won (closed as won) in the period.</param>
/// <param name="Lost">Opportunities lost in the period.</param>
/// <param name="WonInBase">The won amounts in the tenant's base currency, each at its opportunity's kept rate.</param>
/// <param name="WonUnconverted">Won opportunities without a base amount (registered before conversion), left out of <paramref name="WonInBase"/>.</param>
/// <param name="FollowUpsDue">Opportunity follow-ups of the owner's opportunities due in the period.</param>
/// <param name="FollowUpsOnTime">Of those, the ones done at or before their due time.</param>
public sealed record OwnerOpportunityFigures(string OwnerId, int Won, int Lost, decimal WonInBase, int WonUnconverted, int FollowUpsDue, int FollowUpsOnTime);
