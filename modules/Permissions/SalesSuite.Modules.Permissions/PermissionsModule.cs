using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Permissions.Api;
using SalesSuite.Modules.Permissions.Data;
using SalesSuite.Modules.Permissions.Features.AssignRole;
using SalesSuite.Modules.Permissions.Features.DefineRole;
using SalesSuite.Modules.Permissions.Features.RevokeRole;
using SalesSuite.Modules.Permissions.Integration;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Permissions;

/// <summary>Roles, record scopes and access explanations, and the tenant's audit log.</summary>
public sealed class PermissionsModule : IModule
{
    public string Name => "Permissions";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PermissionsDbContext>(Name);
        services.AddSingleton<GrantCache>();
        services.AddScoped<AccessControl>();
        services.AddScoped<IAccessControl>(sp => sp.GetRequiredService<AccessControl>());
        services.AddScoped<DefineRoleHandler>();
        services.AddScoped<AssignRoleHandler>();
        services.AddScoped<RevokeRoleHandler>();
        services.AddScoped<AccessExplainer>();
    }

    public void AddSchema(ISchemaSlice schema)
    {
        PermissionsSchema.Build(schema);
        AuditSchema.Build(schema);
    }
}
