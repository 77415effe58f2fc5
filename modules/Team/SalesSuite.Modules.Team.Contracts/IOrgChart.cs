namespace SalesSuite.Modules.Team.Contracts;

/// <summary>The manager tree of the current tenant, for the record scopes of other modules.</summary>
public interface IOrgChart
{
    /// <summary>The user and everyone below them in the manager tree (any depth), the user first.</summary>
    Task<IReadOnlyList<string>> SubtreeAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The user's managers, nearest first, up to the top of the tree.</summary>
    Task<IReadOnlyList<string>> ManagerChainAsync(string userId, CancellationToken cancellationToken);
}
