using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Documents;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.Modules.Reporting.Features.DeleteReportSchedule;
using SalesSuite.Modules.Reporting.Features.DeleteReportTemplate;
using SalesSuite.Modules.Reporting.Features.GenerateReport;
using SalesSuite.Modules.Reporting.Features.GetDashboard;
using SalesSuite.Modules.Reporting.Features.GetRevenueForecast;
using SalesSuite.Modules.Reporting.Features.GetSalesFunnel;
using SalesSuite.Modules.Reporting.Features.GetSalesReport;
using SalesSuite.Modules.Reporting.Features.SaveReportTemplate;
using SalesSuite.Modules.Reporting.Features.ScheduleReport;
using SalesSuite.Modules.Reporting.Features.TrainIntentModel;
using SalesSuite.Modules.Reporting.Integration;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Downloads;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Jobs;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting;

/// <summary>Sales statistics, reports and forecasts over a read model of its own, fed by other modules' integration events.</summary>
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
        services.AddScoped<ReportTemplateStore>();
        services.AddScoped<ReportComposer>();
        services.AddScoped<SaveReportTemplateHandler>();
        services.AddScoped<DeleteReportTemplateHandler>();
        services.AddScoped<GenerateReportHandler>();
        services.AddScoped<ScheduleReportHandler>();
        services.AddScoped<DeleteReportScheduleHandler>();
        services.AddScoped<TrainIntentModelHandler>();
        foreach (var format in new[] { ReportFile.Xlsx, ReportFile.Html })
        {
            services.AddScoped<IDownloadSource>(sp => new ReportDownloads(format, sp.GetRequiredService<ModuleDbContextFactory<ReportingDbContext>>(),
                sp.GetRequiredService<ICurrentAccess>()));
        }

        services.AddTenantJob<ScheduledReportsJob>();
        services.AddIntegrationEventHandler<OpportunityStageChanged, PipelineFacts>();
        services.AddIntegrationEventHandler<OpportunityChanged, PipelineFacts>();
        services.AddIntegrationEventHandler<CustomerChanged, Dimensions>();
        services.AddIntegrationEventHandler<CustomerRemoved, Dimensions>();
        services.AddIntegrationEventHandler<SalesRepChanged, Dimensions>();
        services.AddIntegrationEventHandler<SalesTeamChanged, Dimensions>();
    }

    public void AddSchema(ISchemaSlice schema)
    {
        GetSalesReportField.Register(schema);
        GetSalesFunnelField.Register(schema);
        GetDashboardField.Register(schema);
        GetRevenueForecastField.Register(schema);
        ReportsSchema.Build(schema);
        IntentSchema.Build(schema);
    }
}
