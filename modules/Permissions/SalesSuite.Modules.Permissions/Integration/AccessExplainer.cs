using SalesSuite.Modules.Permissions.Domain;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Integration;

internal sealed record AccessExplanation(bool Allowed, string Reason, IReadOnlyList<string> Roles, string? Scope, string? Permission, string? OwnerId,
    IReadOnlyList<string> ManagerChain,
    IReadOnlyList<string> TokenRoles, DateTimeOffset? TokenRolesSince);

/// <summary>
/// Answers "why can (or can't) this user see this record?" from the same rules and the same sources of roles as the user's own
/// requests: the roles of their token and those assigned to them in SalesSuite. The explaining admin does not hold the user's
/// token, so its roles are the ones given (<paramref name="tokenRoles"/> of <see cref="ExplainAsync"/>) or else those of the
/// user's most recent request to the tenant, which <see cref="AccessControl"/> keeps.
/// </summary>
internal sealed class AccessExplainer(AccessControl access, IServiceProvider services)
{
    public async Task<AccessExplanation> ExplainAsync(string userId, IReadOnlyList<string>? tokenRoles, string module, object record, CancellationToken ct)
    {
        DateTimeOffset? since = null;
        if (tokenRoles is null && await access.TokenRolesOfAsync(userId, ct) is { } kept)
        {
            tokenRoles = kept.Roles;
            since = kept.UpdatedAt;
        }

        var neverSeen = tokenRoles is null;
        tokenRoles ??= [];
        var effective = await access.ComputeAsync(userId, tokenRoles, ct);
        var roles = effective.Roles.Select(r => r.Name).ToList();
        var permission = module.ToLowerInvariant() + ".read";
        var owner = (record as IOwnedRecord)?.OwnerId;
        AccessExplanation Answer(bool allowed, string reason, string? scope = null, IReadOnlyList<string>? chain = null) =>
            new(allowed, reason, roles, scope, permission, owner, chain ?? [], tokenRoles, since);

        if (roles.Count == 0)
        {
            return Answer(false, neverSeen
                ? $"{userId} has no role assigned in SalesSuite and has not sent a request to this tenant yet, so sees nothing by these roles; " +
                  "pass the roles of their token (roles) to explain what that token would give."
                : $"{userId} has no known role (token roles: {List(tokenRoles)}; none assigned in SalesSuite), so sees nothing.");
        }

        var grant = effective.Grant;
        var scope = grant.Scope.ToString().ToUpperInvariant();
        var granting = effective.Roles.Where(r => r.Permissions.Contains("*") || r.Permissions.Contains(permission)).Select(r => r.Name).ToList();
        if (!grant.Has(permission))
        {
            return Answer(false, $"None of the roles {string.Join(", ", roles)} grants {permission}.", scope);
        }

        if (owner is null || grant.AllOwners)
        {
            var widest = effective.Roles.Where(r => r.Scope == grant.Scope).Select(r => r.Name).First();
            return Answer(true, $"Role {widest} has {scope} scope and {string.Join("/", granting)} grants {permission}.", scope);
        }

        if (owner == userId)
        {
            return Answer(true, $"{userId} owns the record and {string.Join("/", granting)} grants {permission}.", scope, [owner]);
        }

        if (grant.CanOwn(owner))
        {
            // The same test as the record-scope filter: the owner is in the user's team subtree.
            var path = new List<string> { owner };
            if (services.GetService(typeof(IOrgChart)) is IOrgChart chart)
            {
                path.AddRange((await chart.ManagerChainAsync(owner, ct)).TakeWhile(m => m != userId));
            }

            path.Add(userId);
            return Answer(true,
                $"The owner {owner} is in {userId}'s team subtree ({string.Join(" -> ", path)}) and a role with TEAM scope grants {permission}.", scope, path);
        }

        return Answer(false, $"The record belongs to {owner}, who is outside {userId}'s {scope} scope.", scope);
    }

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}
