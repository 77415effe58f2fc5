using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.RemoveOrderLine;

/// <summary>Removes a line from its draft order, found by the line.</summary>
internal sealed class RemoveOrderLineHandler(ModuleDbContextFactory<OrdersDbContext> contexts)
{
    public async Task<Order> HandleAsync(RemoveOrderLineInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var lineId = GlobalId.Decode(input.Id, "OrderLine", "id");
        var orderId = await db.Lines.Where(l => l.Id == lineId).Select(l => (Guid?)l.OrderId).FirstOrDefaultAsync(ct)
            ?? throw AppException.NotFound("OrderLine", InputValues.Clean(input.Id)!);
        var order = await db.LoadOrderAsync(orderId, input.Version, ct);
        db.Lines.Remove(order.RemoveLine(lineId));
        db.Touch(order);
        await db.SaveChangesAsync(ct);
        return order;
    }
}
