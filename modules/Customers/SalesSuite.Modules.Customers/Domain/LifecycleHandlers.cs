using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Customers.Domain;

/// <summary>
/// Moves a customer along its lifecycle (CUS5) from the Opportunities module's events: a first opportunity makes a
/// lead a prospect; a won deal makes a prospect a customer, and a customer a repeat customer.
/// </summary>
internal sealed class LifecycleHandlers(ModuleDbContextFactory<CustomersDbContext> contexts)
    : IIntegrationEventHandler<OpportunityCreated>, IIntegrationEventHandler<OpportunityWon>
{
    public async Task HandleAsync(OpportunityCreated integrationEvent, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "customers.lifecycle.created", async () =>
        {
            var customer = await db.Customers.AsTracking().FirstOrDefaultAsync(c => c.Id == integrationEvent.CustomerId, cancellationToken);
            if (customer is { Lifecycle: LifecycleStage.Lead })
            {
                customer.Lifecycle = LifecycleStage.Prospect;
            }
        }, cancellationToken);
    }

    public async Task HandleAsync(OpportunityWon integrationEvent, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "customers.lifecycle.won", async () =>
        {
            var customer = await db.Customers.AsTracking().FirstOrDefaultAsync(c => c.Id == integrationEvent.CustomerId, cancellationToken);
            if (customer is not null)
            {
                customer.Lifecycle = customer.Lifecycle is LifecycleStage.Customer or LifecycleStage.RepeatCustomer
                    ? LifecycleStage.RepeatCustomer
                    : LifecycleStage.Customer;
            }
        }, cancellationToken);
    }
}
