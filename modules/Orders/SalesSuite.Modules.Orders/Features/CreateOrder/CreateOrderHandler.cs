using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Orders.Api;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Features.CreateOrder;

/// <summary>Creates a draft order with its lines for a customer the user can see; the user owns it unless ownerId says otherwise.</summary>
internal sealed class CreateOrderHandler(ModuleDbContextFactory<OrdersDbContext> contexts, ICurrentUser user, TimeProvider clock,
    ICustomerDirectory? directory = null)
{
    public async Task<Order> HandleAsync(CreateOrderInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customerId = GlobalId.Decode(input.CustomerId, "Customer", "customerId");
        if (directory is null)
        {
            throw new AppException(ErrorCodes.ModuleDisabled, "Orders need the Customers module, which is not available.");
        }

        if (!(await directory.VisibleAsync([customerId], ct)).Contains(customerId))
        {
            throw AppException.NotFound("Customer", InputValues.Clean(input.CustomerId)!);
        }

        var validator = new Validator();
        var currency = CreateOrderValidator.Check(input, validator);
        var opportunityId = input.OpportunityId is null ? (Guid?)null : GlobalId.Decode(input.OpportunityId, "Opportunity", "opportunityId");
        var order = Order.Draft(customerId, opportunityId, input.OwnerId ?? user.UserIdOrThrow, currency, input.Notes);
        var products = await db.ProductsAsync(OrderLineValidator.ProductIds(input.Lines), ct);
        var lines = input.Lines.Select((line, i) => OrderLineValidator.Check(line, $"lines[{i}]", order.Currency, products, validator)).ToList();
        validator.ThrowIfInvalid();
        foreach (var line in lines)
        {
            order.AddLine(line!);
        }

        db.Orders.Add(order);
        db.Publish(OrderEvents.Created(order, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return order;
    }
}
