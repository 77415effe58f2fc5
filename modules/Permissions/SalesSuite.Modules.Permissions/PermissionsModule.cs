using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Permissions;

/// <summary>Roles, record scopes and the audit log (SEC1, SEC4). Its schema slice arrives with the permissions issue.</summary>
public sealed class PermissionsModule : IModule
{
    public string Name => "Permissions";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void AddSchema(ISchemaSlice schema)
    {
    }
}
