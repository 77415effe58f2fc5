using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Reporting;

/// <summary>Sales statistics, reports and forecasts (REP1-REP6), fed by integration events. Its schema slice arrives with the reporting issue.</summary>
public sealed class ReportingModule : IModule
{
    public string Name => "Reporting";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void AddSchema(ISchemaSlice schema)
    {
    }
}
