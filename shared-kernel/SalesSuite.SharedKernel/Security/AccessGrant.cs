namespace SalesSuite.SharedKernel.Security;

/// <summary>
/// What the current user may do in the current tenant: the operations (permissions), the owners whose records
/// are visible (all, or a list of user ids) and the fields denied to them. Modules never read it directly for
/// records: the module DbContext (<c>ModuleDbContext</c>, SharedKernel.Data) applies it in SQL to every <see cref="IOwnedRecord"/>.
/// </summary>
public sealed class AccessGrant
{
    public AccessGrant(IEnumerable<string> permissions, bool allOwners, IEnumerable<string> ownerIds, IEnumerable<string>? deniedFields = null,
        RecordScope scope = RecordScope.Own)
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
