using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Api;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Features.AddContact;
using SalesSuite.Modules.Customers.Features.ArchiveCustomer;
using SalesSuite.Modules.Customers.Features.BulkUpdateCustomers;
using SalesSuite.Modules.Customers.Features.CompleteFollowUp;
using SalesSuite.Modules.Customers.Features.CreateCustomer;
using SalesSuite.Modules.Customers.Features.DefineCustomerCategory;
using SalesSuite.Modules.Customers.Features.DefineCustomerLevel;
using SalesSuite.Modules.Customers.Features.ImportCustomers;
using SalesSuite.Modules.Customers.Features.ImportHistory;
using SalesSuite.Modules.Customers.Features.LogInteraction;
using SalesSuite.Modules.Customers.Features.ReassignCustomers;
using SalesSuite.Modules.Customers.Features.RemoveContact;
using SalesSuite.Modules.Customers.Features.RestoreCustomer;
using SalesSuite.Modules.Customers.Features.RevertCustomerImport;
using SalesSuite.Modules.Customers.Features.UpdateContact;
using SalesSuite.Modules.Customers.Features.UpdateCustomer;
using SalesSuite.Modules.Customers.Integration;
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
        services.AddScoped<CreateCustomerHandler>();
        services.AddScoped<UpdateCustomerHandler>();
        services.AddScoped<ArchiveCustomerHandler>();
        services.AddScoped<RestoreCustomerHandler>();
        services.AddScoped<AddContactHandler>();
        services.AddScoped<UpdateContactHandler>();
        services.AddScoped<RemoveContactHandler>();
        services.AddScoped<LogInteractionHandler>();
        services.AddScoped<CompleteFollowUpHandler>();
        services.AddScoped<ReassignCustomersHandler>();
        services.AddScoped<DefineCustomerLevelHandler>();
        services.AddScoped<DefineCustomerCategoryHandler>();
        services.AddScoped<BulkUpdateCustomersHandler>();
        services.AddScoped<ImportCustomersHandler>();
        services.AddScoped<RevertCustomerImportHandler>();
        configuration.WholeNumber(ImportCustomersOptions.Section + ":MaxRows", 1, unit: "rows");
        services.Configure<ImportCustomersOptions>(configuration.GetSection(ImportCustomersOptions.Section));
        services.AddScoped<SalesSuite.Modules.Customers.Contracts.ICustomerDirectory, CustomerDirectory>();
        services.AddScoped<SalesSuite.Modules.Customers.Contracts.ICustomerActivityFigures, CustomerActivityFigures>();
        services.AddScoped<SalesSuite.Modules.Customers.Contracts.ICustomerHistoryImport, ImportHistoryHandler>();
        services.AddScoped<SalesSuite.Modules.Automation.Contracts.IReminderSource, CustomerFollowUps>();
        services.AddScoped<IEventReplaySource, CustomerReplay>();
        services.AddIntegrationEventHandler<OpportunityCreated, LifecycleHandlers>();
        services.AddIntegrationEventHandler<OpportunityWon, LifecycleHandlers>();
        services.AddIntegrationEventHandler<SalesSuite.Modules.Orders.Contracts.OrderPaid, LifecycleHandlers>();
    }

    public void AddSchema(ISchemaSlice schema) => CustomersSchema.Build(schema);
}
