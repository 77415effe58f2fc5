using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Permissions.Data;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Domain;

/// <summary>The effective roles of a user and what they add up to.</summary>
internal sealed record EffectiveAccess(IReadOnlyList<RoleDefinition> Roles, IReadOnlyList<string> UnknownRoles, AccessGrant Grant);

/// <summary>
/// Computes grants: a user's roles (from the token and those assigned in SalesSuite) give the union of their
/// permissions, the widest of their scopes, and the fields that every one of them denies.
/// </summary>
internal sealed class AccessControl(ModuleDbContextFactory<PermissionsDbContext> contexts, ICurrentUser user, IServiceProvider services) : IAccessControl
{
    private AccessGrant? _current;

    public async Task<AccessGrant> GetGrantAsync(CancellationToken cancellationToken)
    {
        if (_current is null)
        {
            var userId = user.UserIdOrThrow;
            _current = (await ComputeAsync(userId, user.Roles, cancellationToken)).Grant;
        }

        return _current;
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
            RecordScope.Team => services.GetService<IOrgChart>() is { } chart ? await chart.SubtreeAsync(userId, cancellationToken) : [userId],
            _ => [],
        };
        return new EffectiveAccess(roles, unknown,
            new AccessGrant(roles.SelectMany(r => r.Permissions), allOwners: scope == RecordScope.Tenant, owners, denied, scope));
    }
}
