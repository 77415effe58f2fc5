using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>
/// Keeps the customer, rep and team dimensions in step with the Customers and Team modules' events: the latest version of each
/// wins whatever order the events arrive in, and each message is applied once (the inbox).
/// </summary>
internal sealed class Dimensions(ModuleDbContextFactory<ReportingDbContext> contexts)
    : IIntegrationEventHandler<CustomerChanged>, IIntegrationEventHandler<CustomerRemoved>, IIntegrationEventHandler<SalesRepChanged>, IIntegrationEventHandler<SalesTeamChanged>
{
    public async Task HandleAsync(CustomerChanged e, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "reporting.customer.changed", async () =>
        {
            var customer = await db.Customers.AsTracking().FirstOrDefaultAsync(c => c.Id == e.CustomerId, cancellationToken);
            if (customer is null)
            {
                db.Customers.Add(customer = new CustomerDimension(e.CustomerId));
            }
            else if (customer.Version > e.Version)
            {
                return;
            }

            (customer.Name, customer.Level, customer.Source, customer.Region, customer.OwnerId, customer.Archived, customer.Version) =
                (e.Name, e.Level, e.Source, e.Region, e.OwnerId, e.Archived, e.Version);
        }, cancellationToken);
    }

    public async Task HandleAsync(CustomerRemoved e, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "reporting.customer.removed", async () =>
        {
            db.Customers.RemoveRange(await db.Customers.AsTracking().Where(c => c.Id == e.CustomerId).ToListAsync(cancellationToken));
        }, cancellationToken);
    }

    public async Task HandleAsync(SalesRepChanged e, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "reporting.rep.changed", async () =>
        {
            var rep = await db.Reps.AsTracking().FirstOrDefaultAsync(r => r.UserId == e.UserId, cancellationToken);
            if (rep is null)
            {
                db.Reps.Add(rep = new RepDimension { UserId = e.UserId });
            }
            else if (rep.Version > e.Version)
            {
                return;
            }

            (rep.Name, rep.TeamId, rep.Territory, rep.ManagerUserId, rep.Active, rep.Version) = (e.Name, e.TeamId, e.Territory, e.ManagerUserId, e.Active, e.Version);
        }, cancellationToken);
    }

    public async Task HandleAsync(SalesTeamChanged e, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "reporting.team.changed", async () =>
        {
            var team = await db.Teams.AsTracking().FirstOrDefaultAsync(t => t.Id == e.TeamId, cancellationToken);
            if (team is null)
            {
                db.Teams.Add(team = new TeamDimension(e.TeamId));
            }
            else if (team.Version > e.Version)
            {
                return;
            }

            (team.Name, team.Version) = (e.Name, e.Version);
        }, cancellationToken);
    }
}
