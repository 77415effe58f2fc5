using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Permissions.Domain;

/// <summary>
/// The roles of the most recent token a user of the tenant sent (identity provider role claims, development tokens): kept so that
/// <c>accessExplanation</c>, asked by an admin who does not hold the user's token, sees the same roles as the user's own requests.
/// <see cref="AggregateRoot.UpdatedAt"/> is when they last changed.
/// </summary>
internal sealed class TokenRoles : AggregateRoot
{
    public TokenRoles(string userId, IEnumerable<string> roles)
    {
        UserId = userId;
        Roles = Sorted(roles);
    }

    private TokenRoles()
    {
    }

    public string UserId { get; private set; } = string.Empty;

    /// <summary>Each role once, in ordinal order.</summary>
    public List<string> Roles { get; private set; } = [];

    /// <summary>Keeps the roles of a newer token; false (nothing changed) when they are the ones kept.</summary>
    public bool Replace(IEnumerable<string> roles)
    {
        var sorted = Sorted(roles);
        if (Roles.SequenceEqual(sorted, StringComparer.Ordinal))
        {
            return false;
        }

        Roles = sorted;
        return true;
    }

    private static List<string> Sorted(IEnumerable<string> roles) => roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
