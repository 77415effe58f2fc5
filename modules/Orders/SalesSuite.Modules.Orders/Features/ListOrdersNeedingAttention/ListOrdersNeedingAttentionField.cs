using GraphQL.Types;
using SalesSuite.Modules.Orders.Api;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.ListOrdersNeedingAttention;

/// <summary>ordersNeedingAttention: confirmed but unpaid, or paid but unshipped, past the tenant's reminder days (ORD5).</summary>
internal static class ListOrdersNeedingAttentionField
{
    public static void Register(ISchemaSlice slice)
    {
        var orders = new NonNullGraphType(ConnectionTypes.For(slice, "Order"));
        slice.AddQueryField(Fields.CreateWith<TimeProvider>("ordersNeedingAttention", orders, async (ctx, clock) =>
        {
            var now = clock.GetUtcNow();
            await using var db = ctx.Db<OrdersDbContext>();
            var (query, _) = await db.NotProgressingAsync(now, ctx.CancellationToken);
            return await OrdersSchema.PageWithLinesAsync(db, query, ctx, q => q.OrderBy(o => o.ConfirmedAt));
        }, "Orders within your scope that are not progressing: confirmed but unpaid, or paid but not shipped, past the tenant's reminder days (ORD5).",
            OrdersSchema.Spec.Arguments(slice)));
    }
}
