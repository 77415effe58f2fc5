using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Api;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.Modules.Customers.Features.ImportHistory;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.SharedKernel.Configuration;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers;

/// <summary>Customers, their contacts, classification and interaction timeline; imports and conversion statistics.</summary>
public sealed class CustomersModule : IModule
{
    public string Name => "Customers";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CustomersDbContext>(Name);
        services.AddScoped<CustomerCommands>();
        services.AddScoped<CustomerImporter>();
        configuration.WholeNumber(CustomerImportOptions.Section + ":MaxRows", 1, unit: "rows");
        services.Configure<CustomerImportOptions>(configuration.GetSection(CustomerImportOptions.Section));
        services.AddScoped<SalesSuite.Modules.Customers.Contracts.ICustomerDirectory, CustomerDirectory>();
        services.AddScoped<SalesSuite.Modules.Customers.Contracts.ICustomerActivityFigures, CustomerActivityFigures>();
        services.AddScoped<SalesSuite.Modules.Customers.Contracts.ICustomerHistoryImport, CustomerHistoryImport>();
        services.AddScoped<SalesSuite.Modules.Automation.Contracts.IReminderSource, CustomerFollowUps>();
        services.AddScoped<IEventReplaySource, CustomerReplay>();
        services.AddIntegrationEventHandler<OpportunityCreated, LifecycleHandlers>();
        services.AddIntegrationEventHandler<OpportunityWon, LifecycleHandlers>();
        services.AddIntegrationEventHandler<SalesSuite.Modules.Orders.Contracts.OrderPaid, LifecycleHandlers>();
    }

    public void AddSchema(ISchemaSlice schema) => CustomersSchema.Build(schema);
}
