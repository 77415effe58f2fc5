using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Team;

/// <summary>Sales reps, teams, the manager tree, training and targets (TEAM1-TEAM4). Its schema slice arrives with the team issue.</summary>
public sealed class TeamModule : IModule
{
    public string Name => "Team";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void AddSchema(ISchemaSlice schema)
    {
    }
}
