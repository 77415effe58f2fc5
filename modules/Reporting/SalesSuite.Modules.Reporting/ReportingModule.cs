using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Jobs;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Reporting;

/// <summary>Sales statistics, reports and forecasts (REP1-REP6) over a read model of its own, fed by other modules' integration events.</summary>
public sealed class ReportingModule : IModule
{
    public string Name => "Reporting";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ReportingDbContext>(Name);
        services.AddScoped<SalesFacts>();
        services.AddScoped<IntentScoring>();
        services.AddTenantJob<IntentModelJob>();
        services.AddSingleton<IRebuildableReadModel, ReportingRebuild>();
        services.AddIntegrationEventHandler<OrderConfirmed, SalesFacts>();
        services.AddIntegrationEventHandler<OrderCancelled, SalesFacts>();
    }

    public void AddSchema(ISchemaSlice schema)
    {
        SalesReport.Build(schema);
        ForecastSchema.Build(schema);
        IntentSchema.Build(schema);
    }
}
