using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Orders.Domain;

/// <summary>
/// The demo history's part of Orders: exchange rates (EUR, GBP) month by month, a small catalog, and the confirmed orders of
/// the won opportunities, numbered in confirmation order, mostly paid. Only with <see cref="DemoHistory.Setting"/> on.
/// </summary>
internal sealed class OrdersSeeder(ModuleDbContextFactory<OrdersDbContext> contexts, TimeProvider clock, IConfiguration configuration, IServiceProvider services) : IModuleSeeder
{
    public async Task<bool> SeedAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        if (tenant.Id != "demo" || !DemoHistory.IsEnabled(configuration[DemoHistory.Setting]))
        {
            return false;
        }

        await using (var db = contexts.CreateForSystem())
        {
            if (await db.Orders.AnyAsync(cancellationToken) || await db.Rates.AnyAsync(cancellationToken))
            {
                return false;
            }
        }

        // A demo seeded before the history existed has none of its customers: then no orders for them either.
        var history = DemoHistory.For(clock.GetUtcNow());
        if (history.Customers.Count == 0 || services.GetService<ICustomerDirectory>() is not { } directory
            || (await directory.VisibleAsync([history.Customers[0].Id], cancellationToken)).Count == 0)
        {
            return false;
        }

        await DemoHistory.SaveDatedAsync(contexts, History(history), cancellationToken);

        return true;
    }

    private const int ShipAfterDays = 3;

    private const int CompleteAfterDays = 14;

    private static IEnumerable<(DateTimeOffset, Action<OrdersDbContext>)> History(DemoHistory history)
    {
        yield return (history.Start, db =>
        {
            db.Rates.AddRange(history.Rates.Select(r => new ExchangeRate { Currency = r.Currency, Date = r.Date, Rate = r.Rate }));
            db.Products.AddRange(DemoHistory.Products.Select(p => new Product { Sku = p.Sku, Name = p.Name, UnitPriceScaled = Scaled.From(100m), Currency = "USD", TaxRate = 0m }));
            db.Sequences.Add(new NumberSequence { Name = "order", Next = history.Orders.Count + 1 });
        });
        var number = 0;
        foreach (var planned in history.Orders)
        {
            number++;
            var rate = history.RateOn(planned.Currency, DateOnly.FromDateTime(planned.ConfirmedAt.UtcDateTime));
            var order = DemoHistory.WithId(Order.Draft(planned.CustomerId, planned.OpportunityId, planned.OwnerId, planned.Currency, notes: null), planned.Id);
            foreach (var l in planned.Lines)
            {
                order.AddLine(DemoHistory.WithId(new OrderLine
                {
                    Sku = l.Sku,
                    Description = l.Name,
                    QuantityScaled = Scaled.From(l.Quantity),
                    UnitPriceScaled = Scaled.From(l.UnitPrice),
                }, Guid.CreateVersion7()));
            }

            order.Confirm($"SO-{number:D6}", "USD", rate, planned.ConfirmedAt);
            var payment = planned.PaidAt is { } paidAt ? order.RecordPayment(order.Total, paidAt, $"Transfer {order.Number}", planned.OwnerId) : null;
            yield return (planned.ConfirmedAt, db =>
            {
                db.Orders.Add(order);
                if (payment is not null)
                {
                    db.Payments.Add(payment);
                }
            });

            // Paid orders ship three days later and are completed two weeks after that, as far as the history reaches:
            // only recent ones are left waiting, so the reminder inbox shows today's work, not two years of it.
            if (planned.PaidAt is { } paid && paid.AddDays(ShipAfterDays) < history.Today)
            {
                var shippedAt = paid.AddDays(ShipAfterDays);
                yield return (shippedAt, db =>
                {
                    db.Attach(order); // saved (and let go) on its confirmation day
                    db.Shipments.Add(order.Ship([.. order.Lines.Select(l => (l.Id, l.Quantity))], shippedAt, $"Delivery {order.Number}", planned.OwnerId));
                    if (shippedAt.AddDays(CompleteAfterDays) < history.Today)
                    {
                        order.Complete();
                    }
                });
            }
        }
    }
}
