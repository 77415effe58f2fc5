using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Orders.Api;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.Modules.Orders.Features.ImportHistory;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders;

/// <summary>Product catalog and orders with lines, payments and shipments; exchange rates, order statistics and progress reminders.</summary>
public sealed class OrdersModule : IModule
{
    public string Name => "Orders";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<OrdersDbContext>(Name);
        services.AddScoped<OrderCommands>();
        services.AddScoped<SalesSuite.Modules.Orders.Contracts.IOrderHistoryImport, ImportHistoryHandler>();
        services.AddScoped<SalesSuite.Modules.Orders.Contracts.IOrderFigures, OrderFigures>();
        services.AddScoped<ExchangeRates>();
        services.AddScoped<SalesSuite.Modules.Automation.Contracts.IReminderSource, OrderReminders>();
        services.AddScoped<SalesSuite.SharedKernel.Events.IEventReplaySource, OrderReplay>();
        services.AddScoped<SalesSuite.Modules.Orders.Contracts.IExchangeRates>(sp => sp.GetRequiredService<ExchangeRates>());
    }

    public void AddSchema(ISchemaSlice schema) => OrdersSchema.Build(schema);
}
