using System.Collections.Concurrent;
using SalesSuite.Modules.Permissions.Domain;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Integration;

/// <summary>A user's roles as they were resolved: those that exist (stored or built in) and the names that do not.</summary>
internal sealed record ResolvedRoles(IReadOnlyList<RoleDefinition> Roles, IReadOnlyList<string> Unknown);

/// <summary>
/// Keeps, for a few seconds, the roles a user's requests resolve to (per tenant, user and the token's roles), so that a
/// request costs no role queries while they stay the same. A change of roles on this instance (<see cref="Invalidate"/>,
/// called by the role and assignment commands) takes effect at the next request; another instance sees it within
/// <see cref="Lifetime"/>. What depends on other modules (a team scope's owners) is never kept here. Bounded: when it
/// holds <see cref="MaxEntries"/> entries it starts again empty.
/// </summary>
internal sealed class GrantCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    public const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<(string Tenant, string User, string TokenRoles), Entry> _entries = new();
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    public bool TryGet(string tenant, string user, IEnumerable<string> tokenRoles, out ResolvedRoles roles)
    {
        roles = null!;
        if (!_entries.TryGetValue((tenant, user, Signature(tokenRoles)), out var entry)
            || entry.Generation != Generation(tenant) || clock.GetUtcNow() >= entry.Expires)
        {
            return false;
        }

        roles = entry.Roles;
        return true;
    }

    /// <summary>Keeps <paramref name="roles"/>, resolved after <paramref name="generation"/> was read (a change since then makes it stale at once).</summary>
    public void Set(string tenant, string user, IEnumerable<string> tokenRoles, long generation, ResolvedRoles roles)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[(tenant, user, Signature(tokenRoles))] = new Entry(roles, generation, clock.GetUtcNow() + Lifetime);
    }

    /// <summary>The tenant's current generation: read it before resolving roles, give it to <see cref="Set"/>.</summary>
    public long Generation(string tenant) => _generations.GetValueOrDefault(tenant);

    /// <summary>A role or an assignment of the tenant changed: every kept resolution of the tenant is stale.</summary>
    public void Invalidate(string tenant) => _generations.AddOrUpdate(tenant, 1, (_, generation) => generation + 1);

    private static string Signature(IEnumerable<string> tokenRoles) =>
        string.Join('\n', tokenRoles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private sealed record Entry(ResolvedRoles Roles, long Generation, DateTimeOffset Expires);
}
