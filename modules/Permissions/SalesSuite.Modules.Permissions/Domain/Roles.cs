using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Domain;

/// <summary>A role of the tenant: what it may do (permissions), whose records it sees (scope), and fields it may not read.</summary>
internal sealed class RoleDefinition : AggregateRoot
{
    public string Name { get; set; } = string.Empty;

    public List<string> Permissions { get; set; } = [];

    public RecordScope Scope { get; set; }

    /// <summary>Fields as <c>Type.field</c>, e.g. <c>Contact.phone</c>.</summary>
    public List<string> DeniedFields { get; set; } = [];
}

/// <summary>A role given to a user inside SalesSuite (in addition to the roles in the user's token).</summary>
internal sealed class UserRole : TenantEntity
{
    public string UserId { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;
}

/// <summary>
/// The roles of the most recent token a user of the tenant sent (identity provider role claims, development tokens): kept so that
/// <c>accessExplanation</c>, asked by an admin who does not hold the user's token, sees the same roles as the user's own requests.
/// <see cref="AggregateRoot.UpdatedAt"/> is when they last changed.
/// </summary>
internal sealed class TokenRoles : AggregateRoot
{
    public string UserId { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];
}

/// <summary>The roles every tenant starts with; a tenant admin may redefine them or add more.</summary>
internal static class BuiltInRoles
{
    public static readonly IReadOnlyList<RoleDefinition> All =
    [
        new() { Name = "admin", Permissions = [PermissionNames.All], Scope = RecordScope.Tenant },
        new() { Name = "manager", Permissions = [PermissionNames.CustomersRead, PermissionNames.CustomersWrite, PermissionNames.CustomersExport, PermissionNames.OpportunitiesRead, PermissionNames.OpportunitiesWrite, PermissionNames.OrdersRead, PermissionNames.OrdersWrite, PermissionNames.TeamRead, PermissionNames.ReportingRead, PermissionNames.ReportingManage, PermissionNames.AutomationRead, PermissionNames.TeamTargets], Scope = RecordScope.Team },
        new() { Name = "rep", Permissions = [PermissionNames.CustomersRead, PermissionNames.CustomersWrite, PermissionNames.OpportunitiesRead, PermissionNames.OpportunitiesWrite, PermissionNames.OrdersRead, PermissionNames.OrdersWrite, PermissionNames.TeamRead, PermissionNames.ReportingRead, PermissionNames.AutomationRead], Scope = RecordScope.Own },
        new() { Name = "readonly", Permissions = [PermissionNames.CustomersRead, PermissionNames.OpportunitiesRead, PermissionNames.OrdersRead, PermissionNames.TeamRead, PermissionNames.ReportingRead, PermissionNames.AutomationRead], Scope = RecordScope.Tenant },
    ];

    public static bool IsBuiltIn(string name) => All.Any(r => r.Name == name);
}
