using GraphQL.Types;
using SalesSuite.Modules.Orders.Api;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.ListOrders;

/// <summary>orders: the orders within the user's scope, filtered, sorted and paged.</summary>
internal static class ListOrdersField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddQueryField(Fields.Create("orders", new NonNullGraphType(ConnectionTypes.For(slice, "Order")), async ctx =>
        {
            await using var db = ctx.Db<OrdersDbContext>();
            return await OrdersSchema.PageWithLinesAsync(db, db.Orders, ctx, q => q.OrderByDescending(o => o.CreatedAt));
        }, "Orders within your scope, newest first by default.", OrdersSchema.Spec.Arguments(slice)));
    }
}
