using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities;

/// <summary>Opportunities, pipeline stages and follow-ups (OPP1-OPP5). Its schema slice arrives with the opportunities issue.</summary>
public sealed class OpportunitiesModule : IModule
{
    public string Name => "Opportunities";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void AddSchema(ISchemaSlice schema)
    {
    }
}
