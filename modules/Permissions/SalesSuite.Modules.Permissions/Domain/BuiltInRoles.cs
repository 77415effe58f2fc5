using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions.Domain;

/// <summary>The roles every tenant starts with; a tenant admin may redefine them or add more.</summary>
internal static class BuiltInRoles
{
    public static readonly IReadOnlyList<RoleDefinition> All =
    [
        new("admin", [PermissionNames.All], RecordScope.Tenant),
        new("manager",
            [PermissionNames.CustomersRead, PermissionNames.CustomersWrite, PermissionNames.CustomersExport, PermissionNames.OpportunitiesRead,
                PermissionNames.OpportunitiesWrite, PermissionNames.OrdersRead, PermissionNames.OrdersWrite, PermissionNames.TeamRead,
                PermissionNames.ReportingRead, PermissionNames.ReportingManage, PermissionNames.AutomationRead, PermissionNames.TeamTargets],
            RecordScope.Team),
        new("rep",
            [PermissionNames.CustomersRead, PermissionNames.CustomersWrite, PermissionNames.OpportunitiesRead, PermissionNames.OpportunitiesWrite,
                PermissionNames.OrdersRead, PermissionNames.OrdersWrite, PermissionNames.TeamRead, PermissionNames.ReportingRead,
                PermissionNames.AutomationRead],
            RecordScope.Own),
        new("readonly",
            [PermissionNames.CustomersRead, PermissionNames.OpportunitiesRead, PermissionNames.OrdersRead, PermissionNames.TeamRead,
                PermissionNames.ReportingRead, PermissionNames.AutomationRead],
            RecordScope.Tenant),
    ];

    public static bool IsBuiltIn(string name) => All.Any(r => r.Name == name);
}
