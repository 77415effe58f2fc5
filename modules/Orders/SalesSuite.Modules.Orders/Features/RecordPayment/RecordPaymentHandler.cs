using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Features.RecordPayment;

/// <summary>Records a payment; the one that settles the order makes it PAID (and tells others: OrderPaid).</summary>
internal sealed class RecordPaymentHandler(ModuleDbContextFactory<OrdersDbContext> contexts, ICurrentUser user, TimeProvider clock)
{
    public async Task<Order> HandleAsync(RecordPaymentInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await db.LoadOrderAsync(GlobalId.Decode(input.OrderId, "Order", "orderId"), input.Version, ct, InputValues.Clean(input.OrderId));
        var now = clock.GetUtcNow();
        db.Payments.Add(order.RecordPayment(input.Amount ?? 0m, now, input.Reference, user.UserIdOrThrow));
        if (order.Status == OrderStatus.Paid)
        {
            db.Publish(OrderEvents.Paid(order, now));
        }

        db.Touch(order);
        await db.SaveChangesAsync(ct);
        return order;
    }
}
