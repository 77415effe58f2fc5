namespace SalesSuite.Modules.Opportunities.Contracts;

/// <summary>
/// Opportunity figures per owner for a period, aggregated in SQL (performance appraisal, TEAM4). The caller names the owners
/// and decides who may see the result: the figures are computed for every owner asked for, whatever the current user's scope.
/// </summary>
public interface IOpportunityFigures
{
    /// <summary>For each of <paramref name="ownerIds"/> with any figure in [<paramref name="from"/>, <paramref name="to"/>); owners without any are left out.</summary>
    Task<IReadOnlyList<OwnerOpportunityFigures>> ForOwnersAsync(IReadOnlyCollection<string> ownerIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

/// <param name="OwnerId">The owner's user id.</param>
/// <param name="Won">Opportunities won (closed as won) in the period.</param>
/// <param name="Lost">Opportunities lost in the period.</param>
/// <param name="WonInBase">The won amounts in the tenant's base currency, each at its opportunity's kept rate.</param>
/// <param name="WonUnconverted">Won opportunities without a base amount (registered before conversion), left out of <paramref name="WonInBase"/>.</param>
/// <param name="FollowUpsDue">Opportunity follow-ups of the owner's opportunities due in the period.</param>
/// <param name="FollowUpsOnTime">Of those, the ones done at or before their due time.</param>
public sealed record OwnerOpportunityFigures(string OwnerId, int Won, int Lost, decimal WonInBase, int WonUnconverted, int FollowUpsDue, int FollowUpsOnTime);
