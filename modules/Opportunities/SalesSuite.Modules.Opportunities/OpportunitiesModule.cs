using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.Modules.Opportunities.Features.ImportHistory;
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
        services.AddScoped<OpportunityCommands>();
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
