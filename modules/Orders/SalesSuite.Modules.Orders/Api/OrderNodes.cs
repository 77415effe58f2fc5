using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Api;

/// <summary>node(id:) and nodes(ids:) for orders (with their lines) and products.</summary>
internal static class OrderNodes
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddNodesResolver("Order", async (ctx, ids) =>
        {
            await using var db = ctx.Db<OrdersDbContext>();
            return (await db.WithLinesAsync(db.Orders.Where(o => ids.Contains(o.Id)), ctx.CancellationToken)).ToDictionary(o => o.Id, o => (object)o);
        });
        slice.AddNodesResolver("Product", async (ctx, ids) =>
        {
            await using var db = ctx.Db<OrdersDbContext>();
            return await db.Products.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (object)p, ctx.CancellationToken);
        });
    }
}
