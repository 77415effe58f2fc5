using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Permissions.Data;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Permissions.Domain;

/// <summary>The effective roles of a user and what they add up to.</summary>
internal sealed record EffectiveAccess(IReadOnlyList<RoleDefinition> Roles, IReadOnlyList<string> UnknownRoles, AccessGrant Grant);

/// <summary>
/// Computes grants: a user's roles (from the token and those assigned in SalesSuite) give the union of their
/// permissions, the widest of their scopes, and the fields that every one of them denies.
/// </summary>
internal sealed class AccessControl(ModuleDbContextFactory<PermissionsDbContext> contexts, ICurrentUser user, ITenantContext tenant, RememberedTokenRoles remembered,
    IOrgChart? orgChart = null) : IAccessControl
{
    private AccessGrant? _current;

    public async Task<AccessGrant> GetGrantAsync(CancellationToken cancellationToken)
    {
        if (_current is null)
        {
            var userId = user.UserIdOrThrow;
            _current = (await ComputeAsync(userId, user.Roles, cancellationToken)).Grant;
            await RememberTokenRolesAsync(userId, user.Roles, cancellationToken);
        }

        return _current;
    }

    /// <summary>The roles of the user's most recent token and since when they are so; null when the user never sent a request to this tenant.</summary>
    public async Task<TokenRoles?> TokenRolesOfAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        return await db.TokenRoles.FirstOrDefaultAsync(t => t.UserId == userId, cancellationToken);
    }

    /// <summary>
    /// Keeps the roles of the user's token when they differ from the last ones kept (so <c>accessExplanation</c> uses the same roles as
    /// the user's requests). Once per process and user while they stay the same: most requests write nothing.
    /// </summary>
    private async Task RememberTokenRolesAsync(string userId, IReadOnlyList<string> tokenRoles, CancellationToken cancellationToken)
    {
        var roles = tokenRoles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var key = (tenant.Tenant.Id, userId);
        var signature = string.Join('\n', roles);
        if (remembered.Known.TryGetValue(key, out var known) && known == signature)
        {
            return;
        }

        await using var db = contexts.CreateForSystem();
        var row = await db.TokenRoles.AsTracking().FirstOrDefaultAsync(t => t.UserId == userId, cancellationToken);
        if (row is null)
        {
            db.TokenRoles.Add(new TokenRoles { UserId = userId, Roles = roles });
        }
        else if (!row.Roles.SequenceEqual(roles, StringComparer.Ordinal))
        {
            row.Roles = roles;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            remembered.Known[key] = signature;
        }
        catch (DbUpdateException)
        {
            // A concurrent request of the same user kept its roles first (unique index, or the row's version moved on):
            // the next request compares again.
        }
    }

    public async Task<AccessGrant> GetGrantForAsync(string userId, IReadOnlyCollection<string> tokenRoles, CancellationToken cancellationToken) =>
        (await ComputeAsync(userId, tokenRoles, cancellationToken)).Grant;

    public async Task<EffectiveAccess> ComputeAsync(string userId, IEnumerable<string> tokenRoles, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        var assigned = await db.UserRoles.Where(r => r.UserId == userId).Select(r => r.Role).ToListAsync(cancellationToken);
        var names = tokenRoles.Concat(assigned).Distinct(StringComparer.Ordinal).ToList();
        var stored = await db.Roles.Where(r => names.Contains(r.Name)).ToListAsync(cancellationToken);
        var roles = new List<RoleDefinition>();
        var unknown = new List<string>();
        foreach (var name in names)
        {
            var role = stored.FirstOrDefault(r => r.Name == name) ?? BuiltInRoles.All.FirstOrDefault(r => r.Name == name);
            if (role is null)
            {
                unknown.Add(name);
            }
            else
            {
                roles.Add(role);
            }
        }

        if (roles.Count == 0)
        {
            return new EffectiveAccess(roles, unknown, new AccessGrant([], allOwners: false, [userId]));
        }

        var scope = roles.Max(r => r.Scope);
        var denied = roles.Select(r => (IEnumerable<string>)r.DeniedFields).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal)).ToList();
        IReadOnlyList<string> owners = scope switch
        {
            RecordScope.Own => [userId],
            RecordScope.Team => orgChart is not null ? await orgChart.SubtreeAsync(userId, cancellationToken) : [userId],
            _ => [],
        };
        return new EffectiveAccess(roles, unknown,
            new AccessGrant(roles.SelectMany(r => r.Permissions), allOwners: scope == RecordScope.Tenant, owners, denied, scope));
    }
}

/// <summary>The token roles this process last kept per tenant and user, so that a request whose roles did not change writes nothing.</summary>
internal sealed class RememberedTokenRoles
{
    public ConcurrentDictionary<(string TenantId, string UserId), string> Known { get; } = new();
}
