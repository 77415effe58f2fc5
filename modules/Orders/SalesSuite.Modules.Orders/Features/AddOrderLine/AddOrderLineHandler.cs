using SalesSuite.Modules.Orders.Api;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.AddOrderLine;

/// <summary>Adds a line (checked as createOrder checks its lines) at the end of a draft order.</summary>
internal sealed class AddOrderLineHandler(ModuleDbContextFactory<OrdersDbContext> contexts)
{
    public async Task<Order> HandleAsync(AddOrderLineInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await db.LoadOrderAsync(GlobalId.Decode(input.OrderId, "Order", "orderId"), input.Version, ct, InputValues.Clean(input.OrderId));
        var validator = new Validator();
        var products = await db.ProductsAsync(OrderLineValidator.ProductIds([input.Line]), ct);
        var line = OrderLineValidator.Check(input.Line, null, order.Currency, products, validator);
        validator.ThrowIfInvalid();
        order.AddLine(line!);
        db.Lines.Add(line!);
        db.Touch(order);
        await db.SaveChangesAsync(ct);
        return order;
    }
}
