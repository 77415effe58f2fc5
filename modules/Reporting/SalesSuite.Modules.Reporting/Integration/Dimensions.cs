using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Reporting.Integration;

/// <summary>
/// Keeps the customer, rep and team dimensions in step with the Customers and Team modules' events: the latest version of each
/// wins whatever order the events arrive in, and each message is applied once (the inbox).
/// </summary>
internal sealed class Dimensions(ModuleDbContextFactory<ReportingDbContext> contexts)
    : IIntegrationEventHandler<CustomerChanged>, IIntegrationEventHandler<CustomerRemoved>,
        IIntegrationEventHandler<SalesRepChanged>, IIntegrationEventHandler<SalesTeamChanged>
{
    public async Task HandleAsync(CustomerChanged e, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "reporting.customer.changed",
            () => LatestAsync(db.Customers, c => c.CustomerId == e.CustomerId, () => new CustomerDimension(e.CustomerId), c => c.Version, e.Version,
            c =>
                (c.Name, c.Level, c.Source, c.Region, c.OwnerId, c.Archived, c.Version) =
                    (e.Name, e.Level, e.Source, e.Region, e.OwnerId, e.Archived, e.Version),
            cancellationToken), cancellationToken);
    }

    public async Task HandleAsync(CustomerRemoved e, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "reporting.customer.removed", async () =>
        {
            db.Customers.RemoveRange(await db.Customers.AsTracking().Where(c => c.CustomerId == e.CustomerId).ToListAsync(cancellationToken));
        }, cancellationToken);
    }

    public async Task HandleAsync(SalesRepChanged e, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "reporting.rep.changed",
            () => LatestAsync(db.Reps, r => r.UserId == e.UserId, () => new RepDimension { UserId = e.UserId }, r => r.Version, e.Version,
            r =>
                (r.Name, r.TeamId, r.Territory, r.ManagerUserId, r.Active, r.Version) =
                    (e.Name, e.TeamId, e.Territory, e.ManagerUserId, e.Active, e.Version),
            cancellationToken), cancellationToken);
    }

    public async Task HandleAsync(SalesTeamChanged e, IntegrationContext context, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.HandleOnceAsync(context, "reporting.team.changed",
            () => LatestAsync(db.Teams, t => t.TeamId == e.TeamId, () => new TeamDimension(e.TeamId), t => t.Version, e.Version,
            t => (t.Name, t.Version) = (e.Name, e.Version), cancellationToken), cancellationToken);
    }

    /// <summary>Adds the row, or updates it unless it already holds a later version than <paramref name="incoming"/>.</summary>
    private static async Task LatestAsync<TRow>(DbSet<TRow> rows, Expression<Func<TRow, bool>> match, Func<TRow> create, Func<TRow, long> version,
        long incoming,
        Action<TRow> apply, CancellationToken cancellationToken)
        where TRow : class
    {
        var row = await rows.AsTracking().FirstOrDefaultAsync(match, cancellationToken);
        if (row is null)
        {
            rows.Add(row = create());
        }
        else if (version(row) > incoming)
        {
            return;
        }

        apply(row);
    }
}
