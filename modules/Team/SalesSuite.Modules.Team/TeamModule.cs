using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Team.Api;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Features.CreateSalesRep;
using SalesSuite.Modules.Team.Features.CreateTeam;
using SalesSuite.Modules.Team.Features.DeactivateSalesRep;
using SalesSuite.Modules.Team.Features.ImportHistory;
using SalesSuite.Modules.Team.Features.MoveSalesRep;
using SalesSuite.Modules.Team.Features.RecordTraining;
using SalesSuite.Modules.Team.Features.RemoveSalesTarget;
using SalesSuite.Modules.Team.Features.SetSalesTarget;
using SalesSuite.Modules.Team.Features.UpdateSalesRep;
using SalesSuite.Modules.Team.Integration;
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
        services.AddScoped<CreateSalesRepHandler>();
        services.AddScoped<UpdateSalesRepHandler>();
        services.AddScoped<MoveSalesRepHandler>();
        services.AddScoped<DeactivateSalesRepHandler>();
        services.AddScoped<CreateTeamHandler>();
        services.AddScoped<RecordTrainingHandler>();
        services.AddScoped<TargetAuthorization>();
        services.AddScoped<SetSalesTargetHandler>();
        services.AddScoped<RemoveSalesTargetHandler>();
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
