using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders;

/// <summary>Products, orders, payments and shipments (ORD1-ORD5). Its schema slice arrives with the orders issue.</summary>
public sealed class OrdersModule : IModule
{
    public string Name => "Orders";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void AddSchema(ISchemaSlice schema)
    {
    }
}
