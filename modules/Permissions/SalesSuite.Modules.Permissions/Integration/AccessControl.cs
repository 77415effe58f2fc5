using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Permissions.Data;
using SalesSuite.Modules.Permissions.Domain;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Permissions.Integration;

/// <summary>The effective roles of a user and what they add up to.</summary>
internal sealed record EffectiveAccess(IReadOnlyList<RoleDefinition> Roles, IReadOnlyList<string> UnknownRoles, AccessGrant Grant);

/// <summary>
/// Computes grants: a user's roles (from the token and those assigned in SalesSuite) give the union of their
/// permissions, the widest of their scopes, and the fields that every one of them denies.
/// </summary>
internal sealed class AccessControl(ModuleDbContextFactory<PermissionsDbContext> contexts, ICurrentUser user, ITenantContext tenant, GrantCache cache,
    IOrgChart? orgChart = null) : IAccessControl
{
    private AccessGrant? _current;

    public async Task<AccessGrant> GetGrantAsync(CancellationToken cancellationToken)
    {
        if (_current is null)
        {
            var userId = user.UserIdOrThrow;
            var tenantId = tenant.Tenant.Id;
            if (!cache.TryGet(tenantId, userId, user.Roles, out var resolved))
            {
                // Not kept, or kept too long: resolve the roles, and keep the token's roles for accessExplanation.
                var generation = cache.Generation(tenantId);
                resolved = await ResolveRolesAsync(userId, user.Roles, cancellationToken);
                await RememberTokenRolesAsync(userId, user.Roles, cancellationToken);
                cache.Set(tenantId, userId, user.Roles, generation, resolved);
            }

            _current = (await GrantOfAsync(userId, resolved, cancellationToken)).Grant;
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
    /// the user's requests). Called when the user's roles are resolved afresh (<see cref="GrantCache"/>): it writes only when they changed.
    /// </summary>
    private async Task RememberTokenRolesAsync(string userId, IReadOnlyList<string> tokenRoles, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        var row = await db.TokenRoles.AsTracking().FirstOrDefaultAsync(t => t.UserId == userId, cancellationToken);
        if (row is null)
        {
            db.TokenRoles.Add(new TokenRoles(userId, tokenRoles));
        }
        else if (!row.Replace(tokenRoles))
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent request of the same user kept its roles first (unique index, or the row's version moved on):
            // the next request compares again.
        }
    }

    public async Task<AccessGrant> GetGrantForAsync(string userId, IReadOnlyCollection<string> tokenRoles, CancellationToken cancellationToken) =>
        (await ComputeAsync(userId, tokenRoles, cancellationToken)).Grant;

    public async Task<EffectiveAccess> ComputeAsync(string userId, IEnumerable<string> tokenRoles, CancellationToken cancellationToken) =>
        await GrantOfAsync(userId, await ResolveRolesAsync(userId, tokenRoles, cancellationToken), cancellationToken);

    /// <summary>The roles of the token and those assigned to the user in this tenant, found among the tenant's roles and the built-in ones.</summary>
    private async Task<ResolvedRoles> ResolveRolesAsync(string userId, IEnumerable<string> tokenRoles, CancellationToken cancellationToken)
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

        return new ResolvedRoles(roles, unknown);
    }

    /// <summary>What the roles add up to; a team scope's owners are looked up now (the org chart changes apart from the roles).</summary>
    private async Task<EffectiveAccess> GrantOfAsync(string userId, ResolvedRoles resolved, CancellationToken cancellationToken)
    {
        var (roles, unknown) = (resolved.Roles, resolved.Unknown);
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
