namespace SalesSuite.SharedKernel.Security;

/// <summary>Computes the current user's grant. The Permissions module implements it; without it every user of the tenant has the system grant.</summary>
public interface IAccessControl
{
    Task<AccessGrant> GetGrantAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The grant <paramref name="userId"/> has now with <paramref name="tokenRoles"/> (plus the roles assigned to them in the tenant):
    /// for background work done on a user's behalf, such as a scheduled report run in its creator's scope.
    /// </summary>
    Task<AccessGrant> GetGrantForAsync(string userId, IReadOnlyCollection<string> tokenRoles, CancellationToken cancellationToken);
}
