using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Api;

internal sealed class OrderStatusGraphType : EnumerationGraphType<OrderStatus>
{
    public OrderStatusGraphType() => Name = "OrderStatus";
}

internal sealed class ProductGraphType : ObjectGraphType<Product>
{
    public ProductGraphType()
    {
        Name = "Product";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is Product;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Product", ctx.Source.Id));
        Field(x => x.Sku);
        Field(x => x.Name);
        Field<NonNullGraphType<DecimalGraphType>>("unitPrice").Description("In the product's currency.").Resolve(ctx => Scaled.To(ctx.Source.UnitPriceScaled)).FieldType.NotDerived();
        Field(x => x.Currency);
        Field(x => x.TaxRate).Description("Percent.").FieldType.NotDerived();
        Field(x => x.Active);
        Field(x => x.Version);
    }
}

internal sealed class SpecificationAttributeGraphType : ObjectGraphType<KeyValuePair<string, string>>
{
    public SpecificationAttributeGraphType()
    {
        Name = "SpecificationAttribute";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(ctx => ctx.Source.Value);
    }
}

internal sealed class OrderLineGraphType : ObjectGraphType<OrderLine>
{
    public OrderLineGraphType()
    {
        Name = "OrderLine";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("OrderLine", ctx.Source.Id));
        Field<IdGraphType>("productId").Resolve(ctx => ctx.Source.ProductId is { } id ? GlobalId.Encode("Product", id) : null);
        Field(x => x.Sku, nullable: true);
        Field(x => x.Description);
        Field<NonNullGraphType<DecimalGraphType>>("quantity").Resolve(ctx => ctx.Source.Quantity).FieldType.NotDerived();
        Field<DecimalGraphType>("unitPrice").Description("In the order's currency; the order's lines add up to its total.").Resolve(ctx => ctx.Source.UnitPrice).FieldType.DerivedFrom("Order.total");
        Field(x => x.Discount).Description("Percent.").FieldType.NotDerived();
        Field(x => x.TaxRate).Description("Percent.").FieldType.NotDerived();
        Field<DecimalGraphType>("net").Description("quantity × unit price × (1 − discount / 100), rounded to cents half away from zero.").Resolve(ctx => ctx.Source.Net)
            .FieldType.DerivedFrom("Order.total");
        Field<DecimalGraphType>("tax").Description("net × tax rate / 100, rounded to cents half away from zero.").Resolve(ctx => ctx.Source.Tax).FieldType.DerivedFrom("Order.total");
        Field<NonNullGraphType<DecimalGraphType>>("shippedQuantity").Resolve(ctx => Scaled.To(ctx.Source.ShippedScaled)).FieldType.NotDerived();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpecificationAttributeGraphType>>>>("attributes").Resolve(ctx => ctx.Source.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).ToList());
    }
}

internal sealed class PaymentGraphType : ObjectGraphType<Payment>
{
    public PaymentGraphType()
    {
        Name = "Payment";
        Field<DecimalGraphType>("amount").Description("An order's payments add up to its total once it is paid.").Resolve(ctx => Scaled.To(ctx.Source.AmountScaled))
            .FieldType.DerivedFrom("Order.total");
        Field(x => x.At);
        Field(x => x.Reference, nullable: true);
        Field(x => x.RecordedBy);
    }
}

internal sealed class OrderGraphType : ObjectGraphType<Order>
{
    public OrderGraphType()
    {
        Name = "Order";
        Description = "An order: draft → confirmed → paid → shipped → completed, or cancelled.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is Order;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Order", ctx.Source.Id));
        Field(x => x.Number, nullable: true).Description("Given on confirmation, per tenant, without gaps.");
        Field<NonNullGraphType<IdGraphType>>("customerId").Resolve(ctx => GlobalId.Encode("Customer", ctx.Source.CustomerId));
        Field<IdGraphType>("opportunityId").Resolve(ctx => ctx.Source.OpportunityId is { } id ? GlobalId.Encode("Opportunity", id) : null);
        Field(x => x.OwnerId);
        Field(x => x.Currency);
        Field<NonNullGraphType<OrderStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<DecimalGraphType>("net").Description("The lines' net; net + tax = total.").Resolve(ctx => ctx.Source.Net).FieldType.DerivedFrom("Order.total");
        Field<DecimalGraphType>("tax").Description("The lines' tax; net + tax = total.").Resolve(ctx => ctx.Source.Tax).FieldType.DerivedFrom("Order.total");
        Field<DecimalGraphType>("total").Description("In the order's currency.").Resolve(ctx => ctx.Source.Total).FieldType.Deniable();
        Field<DecimalGraphType>("paid").Description("The payments received; equals total once the order is paid.").Resolve(ctx => ctx.Source.Paid).FieldType.DerivedFrom("Order.total");
        Field<DecimalGraphType>("outstanding").Description("total − paid.").Resolve(ctx => ctx.Source.Outstanding).FieldType.DerivedFrom("Order.total");
        Field(x => x.ConfirmedAt, nullable: true);
        Field(x => x.BaseCurrency, nullable: true).Description("The tenant's base currency when the order was confirmed.");
        Field(x => x.RateToBase, nullable: true).Description("Base-currency units per unit of the order's currency, taken on confirmation and kept.").FieldType.NotDerived();
        Field<DecimalGraphType>("totalInBase").Description("total × rateToBase, rounded to cents; null before confirmation.").Resolve(ctx => ctx.Source.TotalInBase)
            .FieldType.DerivedFrom("Order.total");
        Field(x => x.Notes, nullable: true);
        Field(x => x.CreatedAt);
        Field(x => x.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderLineGraphType>>>>("lines").Resolve(ctx => ctx.Source.Lines.OrderBy(l => l.Position).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentGraphType>>>>("payments").Resolve(ctx => OrdersSchema.PaymentsOf(ctx).Load(ctx.Source.Id));
    }
}

internal static class OrdersSchema
{
    /// <summary>Base currency, exchange rates and reminder days are the tenant's settings: admins (or a role given this permission), not every rep.</summary>
    public const string SettingsPermission = "orders.settings";

    private static readonly QuerySpec<Order> Spec = new QuerySpec<Order>("Order", o => o.Id)
        .Field("number", o => o.Number)
        .Field("status", o => o.Status, graphType: "OrderStatus")
        .Field("ownerId", o => o.OwnerId)
        .Field("currency", o => o.Currency)
        .Field("createdAt", o => o.CreatedAt)
        .Field("confirmedAt", o => o.ConfirmedAt);

    private static readonly QuerySpec<Product> ProductSpec = new QuerySpec<Product>("Product", p => p.Id)
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

        slice.AddQueryField(Fields.Create("orders", new NonNullGraphType(ConnectionTypes.For(slice, "Order")), async ctx =>
        {
            await using var db = ctx.Db<OrdersDbContext>();
            return await PageWithLinesAsync(db, db.Orders, ctx, q => q.OrderByDescending(o => o.CreatedAt));
        }, "Orders within your scope, newest first by default.", Spec.Arguments(slice)));
        slice.AddQueryField(Fields.Create("order", new GraphQLTypeReference("Order"), async ctx =>
        {
            var id = GlobalId.Decode(ctx.GetArgument<string>("id"), "Order", "id");
            await using var db = ctx.Db<OrdersDbContext>();
            return await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, ctx.CancellationToken);
        }, "One order; null when it does not exist or is outside your scope.", new QueryArguments(new QueryArgument(new NonNullGraphType(new IdGraphType())) { Name = "id" })));
        slice.AddQueryField(Fields.Create("products", new NonNullGraphType(ConnectionTypes.For(slice, "Product")), async ctx =>
        {
            await using var db = ctx.Db<OrdersDbContext>();
            return await ProductSpec.ToConnectionAsync(db.Products, ctx, q => q.OrderBy(p => p.Sku));
        }, "The product catalog.", ProductSpec.Arguments(slice)));

        slice.ExtendType("Customer", Fields.Batched("orders", OrderList(),
            ctx => ByCustomer(ctx).Load(((ICustomerRecord)ctx.Source!).Id), "The customer's orders within your scope, newest first."));
        slice.ExtendType("Opportunity", Fields.Batched("orders", OrderList(),
            ctx => ByOpportunity(ctx).Load(((IOpportunityRecord)ctx.Source!).Id), "Orders placed for the opportunity within your scope, newest first."));
        slice.ExtendType("SalesRep", Fields.Batched("orders", OrderList(),
            ctx => ByOwner(ctx, ctx.GetArgument<OrderStatus?>("status")).Load(((ISalesRepRecord)ctx.Source!).UserId),
            "The rep's orders within your scope, newest first; only those in the given status when one is given.",
            new QueryArguments(new QueryArgument(new GraphQLTypeReference("OrderStatus")) { Name = "status" })));
        slice.AddNodesResolver("Order", async (ctx, ids) =>
        {
            await using var db = ctx.Db<OrdersDbContext>();
            return (await WithLinesAsync(db, db.Orders.Where(o => ids.Contains(o.Id)), ctx.CancellationToken)).ToDictionary(o => o.Id, o => (object)o);
        });
        slice.AddNodesResolver("Product", async (ctx, ids) =>
        {
            await using var db = ctx.Db<OrdersDbContext>();
            return await db.Products.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (object)p, ctx.CancellationToken);
        });
        AddMutations(slice);
        OrderStatistics.Build(slice);
    }

    private static void AddMutations(ISchemaSlice slice)
    {
        var payload = SchemaBuilders.Payload("OrderPayload", ("order", "Order"));
        IGraphType Id() => new NonNullGraphType(new IdGraphType());
        var attribute = SchemaBuilders.Input("SpecificationAttributeInput", "A specification attribute of a custom item.", ("name", new NonNullGraphType(new StringGraphType())), ("value", new StringGraphType()));
        (string, IGraphType)[] lineFields =
        [
            ("productId", new IdGraphType()), ("description", new StringGraphType()), ("quantity", new NonNullGraphType(new DecimalGraphType())),
            ("unitPrice", new DecimalGraphType()), ("discount", new DecimalGraphType()), ("taxRate", new DecimalGraphType()),
            ("attributes", new ListGraphType(new NonNullGraphType(attribute))),
        ];
        (string, string)[] lineUnits =
        [
            ("quantity", "Units of the product or item."), ("unitPrice", "In the order's currency; the catalog price when left out."),
            ("discount", "Percent (0-100) off quantity × unit price."), ("taxRate", "Percent; the product's when left out."),
        ];
        var line = SchemaBuilders.Input("OrderLineInput", "A product (price and tax from the catalog unless given) or a custom item (description and unit price).", lineFields)
            .Describe(lineUnits);

        var rateType = new ObjectGraphType { Name = "ExchangeRate", Description = "Base-currency units per unit of a currency, from a date on." };
        rateType.AddField(new FieldType { Name = "currency", ResolvedType = new NonNullGraphType(new StringGraphType()), Resolver = new GraphQL.Resolvers.FuncFieldResolver<object?>(c => ((ExchangeRate)c.Source!).Currency) });
        rateType.AddField(new FieldType { Name = "date", ResolvedType = new NonNullGraphType(new DateOnlyGraphType()), Resolver = new GraphQL.Resolvers.FuncFieldResolver<object?>(c => ((ExchangeRate)c.Source!).Date) });
        rateType.AddField(new FieldType { Name = "rate", ResolvedType = new NonNullGraphType(new DecimalGraphType()), Resolver = new GraphQL.Resolvers.FuncFieldResolver<object?>(c => ((ExchangeRate)c.Source!).Rate) }.NotDerived());
        slice.AddQueryField(Fields.Create("exchangeRates", new NonNullGraphType(new ListGraphType(new NonNullGraphType(rateType))), async ctx =>
        {
            await using var db = ctx.Db<OrdersDbContext>();
            return await db.Rates.OrderBy(r => r.Currency).ThenByDescending(r => r.Date).Take(1000).ToListAsync(ctx.CancellationToken);
        }, "The tenant's exchange rates to its base currency, newest first per currency."));
        slice.AddQueryField(Fields.CreateWith<SalesSuite.Modules.Orders.Contracts.IExchangeRates>("baseCurrency", new NonNullGraphType(new StringGraphType()),
            async (ctx, rates) => await rates.BaseCurrencyAsync(ctx.CancellationToken),
            "The tenant's base currency: reports add amounts up in it."));
        slice.AddMutation<ExchangeRates>("setExchangeRate", SchemaBuilders.Input("SetExchangeRateInput", "A rate valid from a date on.",
            ("currency", new NonNullGraphType(new StringGraphType())), ("date", new NonNullGraphType(new DateOnlyGraphType())), ("rate", new NonNullGraphType(new DecimalGraphType())))
                .Describe(("rate", "Base-currency units per unit of the currency.")),
            SchemaBuilders.Payload("ExchangeRatePayload", ("exchangeRate", "ExchangeRate")), "Sets the exchange rate of a currency to the base currency from a date on.",
            (c, i, ct) => SchemaBuilders.Payload("exchangeRate", c.SetRateAsync(i, ct))).RequirePermission(SettingsPermission);
        var baseCurrencyPayload = new ObjectGraphType { Name = "BaseCurrencyPayload" };
        baseCurrencyPayload.AddField(new FieldType { Name = "baseCurrency", ResolvedType = new NonNullGraphType(new StringGraphType()), Resolver = new GraphQL.Resolvers.FuncFieldResolver<object?>(c => ((CurrencySettings)((IDictionary<string, object?>)c.Source!)["settings"]!).BaseCurrency) });
        slice.AddMutation<ExchangeRates>("setBaseCurrency", SchemaBuilders.Input("SetBaseCurrencyInput", "The tenant's base currency.", ("currency", new NonNullGraphType(new StringGraphType()))),
            baseCurrencyPayload, "Sets the tenant's base currency (before any order was converted).", (c, i, ct) => SchemaBuilders.Payload("settings", c.SetBaseCurrencyAsync(i, ct))).RequirePermission(SettingsPermission);
        var reminderSettings = new ObjectGraphType { Name = "OrderReminderSettingsPayload" };
        reminderSettings.AddField(new FieldType { Name = "unpaidDays", ResolvedType = new NonNullGraphType(new IntGraphType()), Resolver = new GraphQL.Resolvers.FuncFieldResolver<object?>(c => ((CurrencySettings)((IDictionary<string, object?>)c.Source!)["settings"]!).UnpaidReminderDays) });
        reminderSettings.AddField(new FieldType { Name = "unshippedDays", ResolvedType = new NonNullGraphType(new IntGraphType()), Resolver = new GraphQL.Resolvers.FuncFieldResolver<object?>(c => ((CurrencySettings)((IDictionary<string, object?>)c.Source!)["settings"]!).UnshippedReminderDays) });
        slice.AddMutation<ExchangeRates>("setOrderReminderDays", SchemaBuilders.Input("SetOrderReminderDaysInput", "After how many days an order that is not progressing is flagged.",
            ("unpaidDays", new IntGraphType()), ("unshippedDays", new IntGraphType())),
            reminderSettings, "Sets the tenant's order progress reminders.", (c, i, ct) => SchemaBuilders.Payload("settings", c.SetReminderDaysAsync(i, ct))).RequirePermission(SettingsPermission);
        slice.AddQueryField(Fields.CreateWith<TimeProvider>("ordersNeedingAttention", new NonNullGraphType(ConnectionTypes.For(slice, "Order")), async (ctx, clock) =>
        {
            var now = clock.GetUtcNow();
            await using var db = ctx.Db<OrdersDbContext>();
            var (query, _) = await OrderReminders.NotProgressingAsync(db, now, ctx.CancellationToken);
            return await PageWithLinesAsync(db, query, ctx, q => q.OrderBy(o => o.ConfirmedAt));
        }, "Orders within your scope that are not progressing: confirmed but unpaid, or paid but not shipped, past the tenant's reminder days (ORD5).",
            Spec.Arguments(slice)));
        slice.AddMutation<OrderCommands>("defineProduct", SchemaBuilders.Input("DefineProductInput", "Creates or changes a product (by SKU).",
            ("sku", new NonNullGraphType(new StringGraphType())), ("version", new LongGraphType()), ("name", new NonNullGraphType(new StringGraphType())),
            ("unitPrice", new NonNullGraphType(new DecimalGraphType())), ("currency", new StringGraphType()), ("taxRate", new DecimalGraphType()), ("active", new BooleanGraphType()))
            .Describe(("unitPrice", "In the product's currency."), ("taxRate", "Percent.")),
            SchemaBuilders.Payload("ProductPayload", ("product", "Product")), "Adds or changes a catalog product.", (c, i, ct) => SchemaBuilders.Payload("product", c.DefineProductAsync(i, ct)));
        slice.AddMutation<OrderCommands>("createOrder", SchemaBuilders.Input("CreateOrderInput", "A draft order for a customer you can see.",
            ("customerId", Id()), ("opportunityId", new IdGraphType()), ("currency", new StringGraphType()), ("ownerId", new StringGraphType()),
            ("notes", new StringGraphType()), ("lines", new ListGraphType(new NonNullGraphType(line)))),
            payload, "Creates a draft order.", (c, i, ct) => SchemaBuilders.Payload("order", c.CreateAsync(i, ct)));
        slice.AddMutation<OrderCommands>("addOrderLine", SchemaBuilders.Input("AddOrderLineInput", "A line to add to a draft.",
            [("orderId", Id()), ("version", new LongGraphType()), .. lineFields]).Describe(lineUnits),
            payload, "Adds a line to a draft order.", (c, i, ct) => SchemaBuilders.Payload("order", c.AddLineAsync(i, ct)));
        slice.AddMutation<OrderCommands>("removeOrderLine", SchemaBuilders.Input("RemoveOrderLineInput", "The line to remove from a draft.", ("id", Id()), ("version", new LongGraphType())),
            payload, "Removes a line from a draft order.", (c, i, ct) => SchemaBuilders.Payload("order", c.RemoveLineAsync(i, ct)));
        slice.AddMutation<OrderCommands>("confirmOrder", SchemaBuilders.Input("ConfirmOrderInput", "The draft to confirm.", ("id", Id()), ("version", new LongGraphType())),
            payload, "Confirms a draft and gives it the tenant's next order number.", (c, i, ct) => SchemaBuilders.Payload("order", c.ConfirmAsync(i, ct)));
        slice.AddMutation<OrderCommands>("recordPayment", SchemaBuilders.Input("RecordPaymentInput", "A payment received (partial or full).",
            ("orderId", Id()), ("version", new LongGraphType()), ("amount", new NonNullGraphType(new DecimalGraphType())), ("reference", new StringGraphType()))
            .Describe(("amount", "In the order's currency.")),
            payload, "Records a payment; the order is PAID when nothing is outstanding.", (c, i, ct) => SchemaBuilders.Payload("order", c.RecordPaymentAsync(i, ct)));
        var shipped = SchemaBuilders.Input("ShipmentLineInput", "A line and the quantity shipped.", ("lineId", Id()), ("quantity", new NonNullGraphType(new DecimalGraphType())))
            .Describe(("quantity", "Units of the line shipped now."));
        slice.AddMutation<OrderCommands>("recordShipment", SchemaBuilders.Input("RecordShipmentInput", "What left the warehouse (partial or full).",
            ("orderId", Id()), ("version", new LongGraphType()), ("lines", new NonNullGraphType(new ListGraphType(new NonNullGraphType(shipped)))), ("reference", new StringGraphType())),
            payload, "Records a shipment; the order is SHIPPED when every line is.", (c, i, ct) => SchemaBuilders.Payload("order", c.RecordShipmentAsync(i, ct)));
        slice.AddMutation<OrderCommands>("completeOrder", SchemaBuilders.Input("CompleteOrderInput", "The shipped order to complete.", ("id", Id()), ("version", new LongGraphType())),
            payload, "Completes a shipped order.", (c, i, ct) => SchemaBuilders.Payload("order", c.CompleteAsync(i, ct)));
        slice.AddMutation<OrderCommands>("cancelOrder", SchemaBuilders.Input("CancelOrderInput", "The draft or unpaid confirmed order to cancel.", ("id", Id()), ("version", new LongGraphType())),
            payload, "Cancels a draft, or a confirmed order with no payment.", (c, i, ct) => SchemaBuilders.Payload("order", c.CancelAsync(i, ct)));
    }

    public static BatchLoader<Guid, IReadOnlyList<Payment>> PaymentsOf(IResolveFieldContext ctx)
    {
        return ctx.GroupedLoader<OrdersDbContext, Guid, Payment>("orders.payments", async (db, ids, ct) =>
        {
            return await db.Payments.Where(p => ids.Contains(p.OrderId)).OrderBy(p => p.At).ToListAsync(ct);
        }, p => p.OrderId);
    }

    private static BatchLoader<Guid, IReadOnlyList<Order>> ByCustomer(IResolveFieldContext ctx)
    {
        return ctx.GroupedLoader<OrdersDbContext, Guid, Order>("orders.byCustomer", async (db, ids, ct) =>
        {
            return await WithLinesAsync(db, db.Orders.Where(o => ids.Contains(o.CustomerId)).OrderByDescending(o => o.CreatedAt), ct);
        }, o => o.CustomerId);
    }

    /// <summary>
    /// Many parents' orders with their lines in two plain queries: an Include would join every order to a lines subquery
    /// that re-checks each line's order for the record scope, which grows with orders × lines.
    /// </summary>
    private static async Task<List<Order>> WithLinesAsync(OrdersDbContext db, IQueryable<Order> orders, CancellationToken ct)
    {
        var list = await orders.ToListAsync(ct);
        await AttachLinesAsync(db, list, ct);
        return list;
    }

    /// <summary>A page of orders (where, order and paging in SQL) with their lines, loaded as <see cref="WithLinesAsync"/> does.</summary>
    private static async Task<Connection> PageWithLinesAsync(OrdersDbContext db, IQueryable<Order> orders, IResolveFieldContext ctx, Func<IQueryable<Order>, IOrderedQueryable<Order>> defaultOrder)
    {
        var connection = await Spec.ToConnectionAsync(orders, ctx, defaultOrder);
        await AttachLinesAsync(db, connection.Nodes.Cast<Order>().ToList(), ctx.CancellationToken);
        return connection;
    }

    private static async Task AttachLinesAsync(OrdersDbContext db, IReadOnlyCollection<Order> orders, CancellationToken ct)
    {
        var ids = orders.Select(o => o.Id).ToList();
        var lines = (await db.Lines.Where(l => ids.Contains(l.OrderId)).ToListAsync(ct)).ToLookup(l => l.OrderId);
        foreach (var order in orders)
        {
            order.ShowLines(lines[order.Id]);
        }
    }

    private static NonNullGraphType OrderList() => new(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Order"))));

    private static BatchLoader<Guid, IReadOnlyList<Order>> ByOpportunity(IResolveFieldContext ctx)
    {
        return ctx.GroupedLoader<OrdersDbContext, Guid, Order>("orders.byOpportunity", async (db, ids, ct) =>
        {
            return await WithLinesAsync(db, db.Orders.Where(o => o.OpportunityId != null && ids.Contains(o.OpportunityId.Value)).OrderByDescending(o => o.CreatedAt), ct);
        }, o => o.OpportunityId!.Value);
    }

    private static BatchLoader<string, IReadOnlyList<Order>> ByOwner(IResolveFieldContext ctx, OrderStatus? status)
    {
        return ctx.GroupedLoader<OrdersDbContext, string, Order>($"orders.byOwner.{status}", async (db, ids, ct) =>
        {
            var query = db.Orders.Where(o => ids.Contains(o.OwnerId));
            if (status is { } wanted)
            {
                query = query.Where(o => o.Status == wanted);
            }

            return await WithLinesAsync(db, query.OrderByDescending(o => o.CreatedAt), ct);
        }, o => o.OwnerId);
    }
}
