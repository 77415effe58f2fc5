using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Team.Api;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.Modules.Team.Features.ImportHistory;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Team;

/// <summary>Sales reps, teams and the manager tree, training records, sales targets and the performance appraisal.</summary>
public sealed class TeamModule : IModule
{
    public string Name => "Team";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<TeamDbContext>(Name);
        services.AddScoped<TeamCommands>();
        services.AddScoped<TargetCommands>();
        services.AddScoped<AppraisalService>();
        services.AddScoped<IOrgChart, OrgChart>();
        services.AddScoped<IRepRoster, RepRoster>();
        services.AddScoped<SalesSuite.Modules.Automation.Contracts.IReminderSource, TargetRisk>();
        services.AddScoped<ITeamHistoryImport, ImportHistoryHandler>();
        services.AddScoped<SalesSuite.SharedKernel.Events.IEventReplaySource, TeamReplay>();
    }

    public void AddSchema(ISchemaSlice schema)
    {
        TeamSchema.Build(schema);
        PerformanceSchema.Build(schema);
    }
}
