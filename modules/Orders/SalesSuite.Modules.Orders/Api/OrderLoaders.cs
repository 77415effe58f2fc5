using GraphQL;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Api;

/// <summary>The batch loaders the order graph types share.</summary>
internal static class OrderLoaders
{
    /// <summary>The payments of the orders of a request, oldest first, in one query.</summary>
    public static BatchLoader<Guid, IReadOnlyList<Payment>> PaymentsOf(IResolveFieldContext ctx)
    {
        return ctx.GroupedLoader<OrdersDbContext, Guid, Payment>("orders.payments", async (db, ids, ct) =>
        {
            return await db.Payments.Where(p => ids.Contains(p.OrderId)).OrderBy(p => p.At).ToListAsync(ct);
        }, p => p.OrderId);
    }
}
