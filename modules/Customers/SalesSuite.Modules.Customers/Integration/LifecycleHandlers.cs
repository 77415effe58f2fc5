using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Customers.Integration;

/// <summary>
/// Moves a customer along its lifecycle (lead, prospect, customer, repeat customer) from the Opportunities and Orders modules' events: a first opportunity
/// makes a lead a prospect; a won deal or a paid order makes a prospect a customer; a second paid order a repeat customer.
/// </summary>
internal sealed class LifecycleHandlers(ModuleDbContextFactory<CustomersDbContext> contexts)
    : IIntegrationEventHandler<OpportunityCreated>, IIntegrationEventHandler<OpportunityWon>, IIntegrationEventHandler<OrderPaid>
{
    /// <summary>A paid order makes the buyer a customer; a second paid order a repeat customer.</summary>
    public async Task HandleAsync(OrderPaid integrationEvent, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "customers.lifecycle.paid", async () =>
        {
            var customer = await db.Customers.AsTracking().FirstOrDefaultAsync(c => c.Id == integrationEvent.CustomerId, cancellationToken);
            customer?.RecordPurchase();
        }, cancellationToken);
    }

    public async Task HandleAsync(OpportunityCreated integrationEvent, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "customers.lifecycle.created", async () =>
        {
            var customer = await db.Customers.AsTracking().FirstOrDefaultAsync(c => c.Id == integrationEvent.CustomerId, cancellationToken);
            customer?.OpportunityOpened();
        }, cancellationToken);
    }

    public async Task HandleAsync(OpportunityWon integrationEvent, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "customers.lifecycle.won", async () =>
        {
            var customer = await db.Customers.AsTracking().FirstOrDefaultAsync(c => c.Id == integrationEvent.CustomerId, cancellationToken);
            customer?.DealWon();
        }, cancellationToken);
    }
}
