using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Domain;

internal sealed record AccessExplanation(bool Allowed, string Reason, IReadOnlyList<string> Roles, string? Scope, string? Permission, string? OwnerId, IReadOnlyList<string> ManagerChain);

/// <summary>Answers "why can (or can't) this user see this record?" from the same rules the access filter applies.</summary>
internal sealed class AccessExplainer(AccessControl access, IServiceProvider services)
{
    public async Task<AccessExplanation> ExplainAsync(string userId, string module, object record, CancellationToken ct)
    {
        var effective = await access.ComputeAsync(userId, [], ct);
        var roles = effective.Roles.Select(r => r.Name).ToList();
        var permission = module.ToLowerInvariant() + ".read";
        var owner = (record as IOwnedRecord)?.OwnerId;
        if (roles.Count == 0)
        {
            return new(false, $"{userId} has no role assigned in SalesSuite, so sees nothing (roles in a user's own token count only for their own requests).",
                roles, null, permission, owner, []);
        }

        var grant = effective.Grant;
        var scope = grant.Scope.ToString().ToUpperInvariant();
        var granting = effective.Roles.Where(r => r.Permissions.Contains("*") || r.Permissions.Contains(permission)).Select(r => r.Name).ToList();
        if (!grant.Has(permission))
        {
            return new(false, $"None of the roles {string.Join(", ", roles)} grants {permission}.", roles, scope, permission, owner, []);
        }

        if (owner is null || grant.AllOwners)
        {
            var widest = effective.Roles.Where(r => r.Scope == grant.Scope).Select(r => r.Name).First();
            return new(true, $"Role {widest} has {scope} scope and {string.Join("/", granting)} grants {permission}.", roles, scope, permission, owner, []);
        }

        if (owner == userId)
        {
            return new(true, $"{userId} owns the record and {string.Join("/", granting)} grants {permission}.", roles, scope, permission, owner, [owner]);
        }

        if (grant.Scope == RecordScope.Team && grant.CanOwn(owner) && services.GetService(typeof(IOrgChart)) is IOrgChart chart)
        {
            var managers = await chart.ManagerChainAsync(owner, ct);
            var path = new List<string> { owner };
            path.AddRange(managers.TakeWhile(m => m != userId));
            path.Add(userId);
            return new(true, $"The owner {owner} is in {userId}'s team subtree ({string.Join(" -> ", path)}) and a role with TEAM scope grants {permission}.",
                roles, scope, permission, owner, path);
        }

        return new(false, $"The record belongs to {owner}, who is outside {userId}'s {scope} scope.", roles, scope, permission, owner, []);
    }
}
