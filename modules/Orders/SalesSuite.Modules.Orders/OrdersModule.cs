using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Orders.Api;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Features.AddOrderLine;
using SalesSuite.Modules.Orders.Features.CancelOrder;
using SalesSuite.Modules.Orders.Features.CompleteOrder;
using SalesSuite.Modules.Orders.Features.ConfirmOrder;
using SalesSuite.Modules.Orders.Features.CreateOrder;
using SalesSuite.Modules.Orders.Features.DefineProduct;
using SalesSuite.Modules.Orders.Features.ImportHistory;
using SalesSuite.Modules.Orders.Features.RecordPayment;
using SalesSuite.Modules.Orders.Features.RecordShipment;
using SalesSuite.Modules.Orders.Features.RemoveOrderLine;
using SalesSuite.Modules.Orders.Features.SetBaseCurrency;
using SalesSuite.Modules.Orders.Features.SetExchangeRate;
using SalesSuite.Modules.Orders.Features.SetOrderReminderDays;
using SalesSuite.Modules.Orders.Integration;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders;

/// <summary>Product catalog and orders with lines, payments and shipments; exchange rates, order statistics and progress reminders.</summary>
public sealed class OrdersModule : IModule
{
    public string Name => "Orders";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<OrdersDbContext>(Name);
        services.AddScoped<SetExchangeRateHandler>();
        services.AddScoped<SetBaseCurrencyHandler>();
        services.AddScoped<SetOrderReminderDaysHandler>();
        services.AddScoped<DefineProductHandler>();
        services.AddScoped<CreateOrderHandler>();
        services.AddScoped<AddOrderLineHandler>();
        services.AddScoped<RemoveOrderLineHandler>();
        services.AddScoped<ConfirmOrderHandler>();
        services.AddScoped<RecordPaymentHandler>();
        services.AddScoped<RecordShipmentHandler>();
        services.AddScoped<CompleteOrderHandler>();
        services.AddScoped<CancelOrderHandler>();
        services.AddScoped<IOrderHistoryImport, ImportHistoryHandler>();
        services.AddScoped<IOrderFigures, OrderFigures>();
        services.AddScoped<ExchangeRates>();
        services.AddScoped<IReminderSource, OrderReminders>();
        services.AddScoped<IEventReplaySource, OrderReplay>();
        services.AddScoped<IExchangeRates>(sp => sp.GetRequiredService<ExchangeRates>());
    }

    public void AddSchema(ISchemaSlice schema) => OrdersSchema.Build(schema);
}
