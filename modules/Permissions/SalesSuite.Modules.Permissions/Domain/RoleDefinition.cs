using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Domain;

/// <summary>A role of the tenant: what it may do (permissions), whose records it sees (scope), and fields it may not read.</summary>
internal sealed class RoleDefinition : AggregateRoot
{
    /// <summary>A role named <paramref name="name"/> that may do nothing yet (<see cref="Define"/>), seeing its own records.</summary>
    public RoleDefinition(string name)
    {
        Name = name;
    }

    /// <summary>A role as defined in one go (the built-in ones).</summary>
    public RoleDefinition(string name, IEnumerable<string> permissions, RecordScope scope, IEnumerable<string>? deniedFields = null)
        : this(name)
    {
        Define(permissions, scope, deniedFields ?? []);
    }

    private RoleDefinition()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public List<string> Permissions { get; private set; } = [];

    public RecordScope Scope { get; private set; }

    /// <summary>Fields as <c>Type.field</c>, e.g. <c>Contact.phone</c>.</summary>
    public List<string> DeniedFields { get; private set; } = [];

    /// <summary>Redefines the role: its permissions and denied fields, each named once, and its scope.</summary>
    public void Define(IEnumerable<string> permissions, RecordScope scope, IEnumerable<string> deniedFields)
    {
        Permissions = permissions.Distinct(StringComparer.Ordinal).ToList();
        Scope = scope;
        DeniedFields = deniedFields.Distinct(StringComparer.Ordinal).ToList();
    }
}
