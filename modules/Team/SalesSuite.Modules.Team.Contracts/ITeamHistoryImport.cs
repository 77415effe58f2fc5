namespace SalesSuite.Modules.Team.Contracts;

/// <summary>
/// Imports a sales organisation and its monthly targets (from the system a tenant leaves, or the demo's sample data) into the
/// current tenant, as the system, recorded now. Idempotent: a team (by name), a rep (by user id) or a target (by rep and month)
/// the tenant has already is left as it is. Saves publish what they publish for any team or rep save; no audit entry.
/// </summary>
public interface ITeamHistoryImport
{
    /// <summary>Writes what the tenant does not have yet, in one save; returns how many reps it added.</summary>
    Task<int> ImportAsync(TeamHistory history, CancellationToken cancellationToken);
}
