namespace SalesSuite.Modules.Permissions.Contracts;

/// <summary>The operation permissions the built-in modules check. A role holds a set of them; <c>*</c> holds all.</summary>
public static class PermissionNames
{
    public const string All = "*";
    public const string CustomersRead = "customers.read";
    public const string CustomersWrite = "customers.write";
    public const string CustomersExport = "customers.export";
    public const string OpportunitiesRead = "opportunities.read";
    public const string OpportunitiesWrite = "opportunities.write";
    public const string OrdersRead = "orders.read";
    public const string OrdersWrite = "orders.write";
    public const string TeamRead = "team.read";
    public const string TeamWrite = "team.write";

    /// <summary>Set and remove sales targets for reps and teams within one's record scope.</summary>
    public const string TeamTargets = "team.targets";
    public const string PermissionsManage = "permissions.manage";
    public const string AuditRead = "audit.read";
    public const string OrdersSettings = "orders.settings";
    public const string ReportingRead = "reporting.read";

    /// <summary>Save and delete the tenant's report templates, schedule reports and forecasts.</summary>
    public const string ReportingManage = "reporting.manage";

    /// <summary>Train the tenant's purchase-intent model: it learns from every deal of the tenant, so admins only by default.</summary>
    public const string ReportingModel = "reporting.model";

    /// <summary>See how automation assigned records (the <c>assignment</c> of customers and opportunities).</summary>
    public const string AutomationRead = "automation.read";

    /// <summary>Define assignment rules and reminder settings, preview assignments.</summary>
    public const string AutomationManage = "automation.manage";

    /// <summary>Manage the tenant's webhook endpoints and see their deliveries (the payloads carry records of every owner): admins only by default.</summary>
    public const string IntegrationsManage = "integrations.manage";
}
