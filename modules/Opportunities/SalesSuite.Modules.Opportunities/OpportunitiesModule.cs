using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Features.CompleteOpportunityFollowUp;
using SalesSuite.Modules.Opportunities.Features.CreateOpportunity;
using SalesSuite.Modules.Opportunities.Features.DefinePipelineStage;
using SalesSuite.Modules.Opportunities.Features.ImportHistory;
using SalesSuite.Modules.Opportunities.Features.LogOpportunityFollowUp;
using SalesSuite.Modules.Opportunities.Features.MoveOpportunityStage;
using SalesSuite.Modules.Opportunities.Features.ReassignOpportunity;
using SalesSuite.Modules.Opportunities.Features.ReopenOpportunity;
using SalesSuite.Modules.Opportunities.Features.UpdateOpportunity;
using SalesSuite.Modules.Opportunities.Integration;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities;

/// <summary>Opportunities, the tenant's pipeline, stage and assignment history, follow-ups and statistics.</summary>
public sealed class OpportunitiesModule : IModule
{
    public string Name => "Opportunities";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<OpportunitiesDbContext>(Name);
        services.AddScoped<OpportunityConversion>();
        services.AddScoped<CreateOpportunityHandler>();
        services.AddScoped<UpdateOpportunityHandler>();
        services.AddScoped<MoveOpportunityStageHandler>();
        services.AddScoped<ReopenOpportunityHandler>();
        services.AddScoped<ReassignOpportunityHandler>();
        services.AddScoped<LogOpportunityFollowUpHandler>();
        services.AddScoped<CompleteOpportunityFollowUpHandler>();
        services.AddScoped<DefinePipelineStageHandler>();
        services.AddScoped<SalesSuite.Modules.Opportunities.Contracts.IOpportunityFigures, OpportunityFigures>();
        services.AddScoped<IModuleSeeder, OpportunitiesSeeder>();
        services.AddScoped<SalesSuite.Modules.Opportunities.Contracts.IOpportunityHistoryImport, ImportHistoryHandler>();
        services.AddScoped<OpportunityWorkload>();
        services.AddScoped<SalesSuite.Modules.Opportunities.Contracts.IOpportunityWorkload>(sp => sp.GetRequiredService<OpportunityWorkload>());
        services.AddScoped<SalesSuite.Modules.Automation.Contracts.IReminderSource>(sp => sp.GetRequiredService<OpportunityWorkload>());
        services.AddScoped<SalesSuite.SharedKernel.Events.IEventReplaySource, OpportunityReplay>();
    }

    public void AddSchema(ISchemaSlice schema) => OpportunitiesSchema.Build(schema);
}
