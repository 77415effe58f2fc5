namespace SalesSuite.Modules.Opportunities.Contracts;

/// <summary>
/// Imports opportunities with their stage history and original dates (from the CRM a tenant leaves, or the demo's sample
/// data) into the current tenant's pipeline, as the system. Idempotent: an opportunity the tenant has already (by id) is left
/// as it is. Saves publish the integration events of the registrations and stage changes (the read models follow); no audit entry.
/// </summary>
public interface IOpportunityHistoryImport
{
    /// <summary>
    /// Writes the opportunities the tenant does not have yet, day by day in the order of <see cref="OpportunityHistoryRecord.RecordedAt"/>,
    /// in one transaction; returns how many it added.
    /// </summary>
    Task<int> ImportAsync(IReadOnlyList<OpportunityHistoryRecord> opportunities, CancellationToken cancellationToken);
}
