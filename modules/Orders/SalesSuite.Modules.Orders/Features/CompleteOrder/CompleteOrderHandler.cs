using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.CompleteOrder;

/// <summary>Completes a shipped order.</summary>
internal sealed class CompleteOrderHandler(ModuleDbContextFactory<OrdersDbContext> contexts)
{
    public async Task<Order> HandleAsync(CompleteOrderInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await db.LoadOrderAsync(GlobalId.Decode(input.Id, "Order", "id"), input.Version, ct, InputValues.Clean(input.Id));
        order.Complete();
        db.Touch(order);
        await db.SaveChangesAsync(ct);
        return order;
    }
}
