using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.CancelOrder;

/// <summary>Cancels a draft, or a confirmed unpaid order (then others are told: OrderCancelled).</summary>
internal sealed class CancelOrderHandler(ModuleDbContextFactory<OrdersDbContext> contexts, TimeProvider clock)
{
    public async Task<Order> HandleAsync(CancelOrderInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await db.LoadOrderAsync(GlobalId.Decode(input.Id, "Order", "id"), input.Version, ct, InputValues.Clean(input.Id));
        var wasConfirmed = order.Cancel();
        db.Touch(order);
        if (wasConfirmed)
        {
            db.Publish(OrderEvents.Cancelled(order, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(ct);
        return order;
    }
}
