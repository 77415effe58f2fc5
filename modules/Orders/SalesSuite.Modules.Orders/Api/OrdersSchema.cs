using GraphQL;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.Modules.Orders.Features.AddOrderLine;
using SalesSuite.Modules.Orders.Features.CancelOrder;
using SalesSuite.Modules.Orders.Features.CompleteOrder;
using SalesSuite.Modules.Orders.Features.ConfirmOrder;
using SalesSuite.Modules.Orders.Features.CreateOrder;
using SalesSuite.Modules.Orders.Features.DefineProduct;
using SalesSuite.Modules.Orders.Features.GetBaseCurrency;
using SalesSuite.Modules.Orders.Features.GetOrder;
using SalesSuite.Modules.Orders.Features.GetOrderStatistics;
using SalesSuite.Modules.Orders.Features.ListExchangeRates;
using SalesSuite.Modules.Orders.Features.ListOrders;
using SalesSuite.Modules.Orders.Features.ListOrdersNeedingAttention;
using SalesSuite.Modules.Orders.Features.ListProducts;
using SalesSuite.Modules.Orders.Features.ListRelatedOrders;
using SalesSuite.Modules.Orders.Features.OrderChanged;
using SalesSuite.Modules.Orders.Features.RecordPayment;
using SalesSuite.Modules.Orders.Features.RecordShipment;
using SalesSuite.Modules.Orders.Features.RemoveOrderLine;
using SalesSuite.Modules.Orders.Features.SetBaseCurrency;
using SalesSuite.Modules.Orders.Features.SetExchangeRate;
using SalesSuite.Modules.Orders.Features.SetOrderReminderDays;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Api;

/// <summary>The Orders slice of the schema: its types, then its features in schema order.</summary>
internal static class OrdersSchema
{
    /// <summary>Base currency, exchange rates and reminder days are the tenant's settings: admins (or a role given this permission), not every rep.</summary>
    public const string SettingsPermission = "orders.settings";

    public static readonly QuerySpec<Order> Spec = new QuerySpec<Order>("Order", o => o.Id)
        .Field("number", o => o.Number)
        .Field("status", o => o.Status, graphType: "OrderStatus")
        .Field("ownerId", o => o.OwnerId)
        .Field("currency", o => o.Currency)
        .Field("createdAt", o => o.CreatedAt)
        .Field("confirmedAt", o => o.ConfirmedAt);

    public static readonly QuerySpec<Product> ProductSpec = new QuerySpec<Product>("Product", p => p.Id)
        .Field("sku", p => p.Sku)
        .Field("name", p => p.Name)
        .Field("active", p => p.Active)
        .Field("unitPrice", p => p.UnitPriceScaled, filter: false);

    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<OrderStatusGraphType>();
        slice.AddType<ProductGraphType>();
        slice.AddType<SpecificationAttributeGraphType>();
        slice.AddType<OrderLineGraphType>();
        slice.AddType<PaymentGraphType>();
        slice.AddType<OrderGraphType>();

        var payloads = new OrderPayloads();
        ListOrdersField.Register(slice);
        GetOrderField.Register(slice);
        ListProductsField.Register(slice);
        ListRelatedOrdersField.Register(slice);
        OrderChangedField.Register(slice);
        OrderNodes.Register(slice);
        ListExchangeRatesField.Register(slice);
        GetBaseCurrencyField.Register(slice);
        SetExchangeRateField.Register(slice);
        SetBaseCurrencyField.Register(slice);
        SetOrderReminderDaysField.Register(slice);
        ListOrdersNeedingAttentionField.Register(slice);
        DefineProductField.Register(slice);
        CreateOrderField.Register(slice, payloads);
        AddOrderLineField.Register(slice, payloads);
        RemoveOrderLineField.Register(slice, payloads);
        ConfirmOrderField.Register(slice, payloads);
        RecordPaymentField.Register(slice, payloads);
        RecordShipmentField.Register(slice, payloads);
        CompleteOrderField.Register(slice, payloads);
        CancelOrderField.Register(slice, payloads);
        GetOrderStatisticsField.Register(slice);
    }

    /// <summary>A page of orders (where, order and paging in SQL) with their lines, loaded as <see cref="OrderStore.WithLinesAsync"/> does.</summary>
    public static async Task<Connection> PageWithLinesAsync(OrdersDbContext db, IQueryable<Order> orders, IResolveFieldContext ctx,
        Func<IQueryable<Order>, IOrderedQueryable<Order>> defaultOrder)
    {
        var connection = await Spec.ToConnectionAsync(orders, ctx, defaultOrder);
        await db.AttachLinesAsync(connection.Nodes.Cast<Order>().ToList(), ctx.CancellationToken);
        return connection;
    }
}
