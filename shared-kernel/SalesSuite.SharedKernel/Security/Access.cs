using Microsoft.Extensions.DependencyInjection;

namespace SalesSuite.SharedKernel.Security;

/// <summary>Whose records a user may see and change: their own, their team subtree's, or the whole tenant's.</summary>
public enum RecordScope
{
    Own,
    Team,
    Tenant,
}

/// <summary>
/// What the current user may do in the current tenant: the operations (permissions), the owners whose records
/// are visible (all, or a list of user ids) and the fields denied to them. Modules never read it directly for
/// records: the module DbContext (<c>ModuleDbContext</c>, SharedKernel.Data) applies it in SQL to every <see cref="IOwnedRecord"/>.
/// </summary>
public sealed class AccessGrant
{
    public AccessGrant(IEnumerable<string> permissions, bool allOwners, IEnumerable<string> ownerIds, IEnumerable<string>? deniedFields = null, RecordScope scope = RecordScope.Own)
    {
        Permissions = permissions.ToHashSet(StringComparer.Ordinal);
        AllOwners = allOwners;
        OwnerIds = ownerIds.Distinct(StringComparer.Ordinal).ToList();
        DeniedFields = (deniedFields ?? []).ToHashSet(StringComparer.Ordinal);
        Scope = scope;
    }

    /// <summary>Where the request's grant is kept in the GraphQL user context.</summary>
    public const string UserContextKey = "salessuite:grant";

    /// <summary>Everything, everywhere in the tenant: seeding, migrations, background jobs acting for the system.</summary>
    public static AccessGrant System { get; } = new(["*"], allOwners: true, [], scope: RecordScope.Tenant);

    public IReadOnlySet<string> Permissions { get; }

    public bool AllOwners { get; }

    public IReadOnlyList<string> OwnerIds { get; }

    /// <summary>Fields as <c>Type.field</c>, e.g. <c>Contact.phone</c>.</summary>
    public IReadOnlySet<string> DeniedFields { get; }

    public RecordScope Scope { get; }

    public bool Has(string permission) => Permissions.Contains("*") || Permissions.Contains(permission);

    public bool CanOwn(string ownerId) => AllOwners || OwnerIds.Contains(ownerId, StringComparer.Ordinal);

    public bool Denies(string typeName, string field) => DeniedFields.Count > 0 && DeniedFields.Contains(typeName + "." + field);
}

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

/// <summary>The grant of the current scope, set once per request (before execution) or per background scope.</summary>
public interface ICurrentAccess
{
    AccessGrant? Grant { get; }

    void Set(AccessGrant grant);
}

internal sealed class CurrentAccess : ICurrentAccess
{
    public AccessGrant? Grant { get; private set; }

    public void Set(AccessGrant grant) => Grant = grant;
}

/// <summary>A record owned by a sales rep; the access filter shows it only to users whose scope covers <see cref="OwnerId"/>.</summary>
public interface IOwnedRecord
{
    string OwnerId { get; }
}

public static class AccessRegistration
{
    public static IServiceCollection AddCurrentAccess(this IServiceCollection services)
    {
        services.AddScoped<ICurrentAccess, CurrentAccess>();
        services.AddScoped<Audit.IAuditContext, Audit.AuditContext>();
        return services;
    }
}
