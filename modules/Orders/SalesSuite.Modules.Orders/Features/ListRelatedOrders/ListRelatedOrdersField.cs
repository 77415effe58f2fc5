using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.ListRelatedOrders;

/// <summary>The <c>orders</c> of a customer, an opportunity and a sales rep, each batched for a page of them.</summary>
internal static class ListRelatedOrdersField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.ExtendType("Customer", Fields.Batched("orders", OrderList(),
            ctx => ByCustomer(ctx).Load(((ICustomerRecord)ctx.Source!).Id), "The customer's orders within your scope, newest first.").Reads());
        slice.ExtendType("Opportunity", Fields.Batched("orders", OrderList(),
            ctx => ByOpportunity(ctx).Load(((IOpportunityRecord)ctx.Source!).Id), "Orders placed for the opportunity within your scope, newest first.")
            .Reads());
        slice.ExtendType("SalesRep", Fields.Batched("orders", OrderList(),
            ctx => ByOwner(ctx, ctx.GetArgument<OrderStatus?>("status")).Load(((ISalesRepRecord)ctx.Source!).UserId),
            "The rep's orders within your scope, newest first; only those in the given status when one is given.",
            new QueryArguments(new QueryArgument(new GraphQLTypeReference("OrderStatus")) { Name = "status" })));
    }

    private static NonNullGraphType OrderList() => new(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Order"))));

    private static BatchLoader<Guid, IReadOnlyList<Order>> ByCustomer(IResolveFieldContext ctx)
    {
        return ctx.GroupedLoader<OrdersDbContext, Guid, Order>("orders.byCustomer", async (db, ids, ct) =>
        {
            return await db.WithLinesAsync(db.Orders.Where(o => ids.Contains(o.CustomerId)).OrderByDescending(o => o.CreatedAt), ct);
        }, o => o.CustomerId);
    }

    private static BatchLoader<Guid, IReadOnlyList<Order>> ByOpportunity(IResolveFieldContext ctx)
    {
        return ctx.GroupedLoader<OrdersDbContext, Guid, Order>("orders.byOpportunity", async (db, ids, ct) =>
        {
            var orders = db.Orders.Where(o => o.OpportunityId != null && ids.Contains(o.OpportunityId.Value)).OrderByDescending(o => o.CreatedAt);
            return await db.WithLinesAsync(orders, ct);
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

            return await db.WithLinesAsync(query.OrderByDescending(o => o.CreatedAt), ct);
        }, o => o.OwnerId);
    }
}
