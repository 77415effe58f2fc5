using SalesSuite.Modules.Orders.Api;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.OrderChanged;

/// <summary>Subscription orderChanged(where:): committed changes to the orders the subscriber may read.</summary>
internal static class OrderChangedField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddSubscriptionField(LiveChanges.Field<OrdersDbContext, Domain.Order>(slice, "orderChanged", OrdersSchema.Spec, "order", "order.",
            db => db.Orders,
            "Orders created, confirmed, paid, shipped or cancelled, once committed: only those you may read, and that match where when it is sent.",
            async (db, query, ct) => (await db.WithLinesAsync(query, ct)).FirstOrDefault()));
    }
}
