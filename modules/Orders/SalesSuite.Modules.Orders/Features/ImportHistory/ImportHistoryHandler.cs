using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Features.ImportHistory;

/// <summary>Writes imported orders, rates and products with their dates (<see cref="IOrderHistoryImport"/>).</summary>
internal sealed class ImportHistoryHandler(ModuleDbContextFactory<OrdersDbContext> contexts) : IOrderHistoryImport
{
    public async Task<int> ImportAsync(OrderHistory history, CancellationToken cancellationToken)
    {
        HashSet<Guid> orderIds;
        HashSet<(string, DateOnly)> rates;
        HashSet<string> skus;
        bool hasSequence;
        await using (var db = contexts.CreateForSystem())
        {
            var ids = history.Orders.Select(o => o.Id).ToList();
            orderIds = [.. await db.Orders.Where(o => ids.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken)];
            rates = [.. (await db.Rates.Select(r => new { r.Currency, r.Date }).ToListAsync(cancellationToken)).Select(r => (r.Currency, r.Date))];
            skus = [.. await db.Products.Select(p => p.Sku).ToListAsync(cancellationToken)];
            hasSequence = await db.Sequences.AnyAsync(s => s.Name == NumberSequence.Orders, cancellationToken);
        }

        var orders = history.Orders.Where(o => !orderIds.Contains(o.Id)).ToList();
        await DatedImport.SaveAsync(contexts, Items(history, orders, rates, skus, hasSequence), cancellationToken);
        return orders.Count;
    }

    private static IEnumerable<(DateTimeOffset, Action<OrdersDbContext>)> Items(
        OrderHistory history, List<OrderHistoryRecord> orders, HashSet<(string, DateOnly)> rates, HashSet<string> skus, bool hasSequence)
    {
        yield return (history.CatalogAt, db =>
        {
            db.Rates.AddRange(history.Rates.Where(r => !rates.Contains((r.Currency, r.Date)))
                .Select(r => ExchangeRate.Of(r.Currency, r.Date, r.Rate)));
            db.Products.AddRange(history.Products.Where(p => !skus.Contains(p.Sku)).Select(p => Product.Define(p.Sku,
                new ProductDetails(p.Name, p.UnitPrice, p.Currency, p.TaxRate, Active: null))));
            if (!hasSequence)
            {
                db.Sequences.Add(NumberSequence.Start(NumberSequence.Orders, history.NextNumber));
            }
        }
        );
        foreach (var record in orders)
        {
            var order = DatedImport.WithId(Order.Draft(record.CustomerId, record.OpportunityId, record.OwnerId, record.Currency, notes: null), record.Id);
            foreach (var line in record.Lines)
            {
                order.AddLine(OrderLine.Of(null, line.Sku, line.Description, Scaled.From(line.Quantity), Scaled.From(line.UnitPrice)));
            }

            order.Confirm(record.Number, record.BaseCurrency, record.RateToBase, record.ConfirmedAt);
            var payment = record.PaidAt is { } paidAt ? order.RecordPayment(order.Total, paidAt, record.PaymentReference, record.OwnerId) : null;
            yield return (record.ConfirmedAt, db =>
            {
                db.Orders.Add(order);
                if (payment is not null)
                {
                    db.Payments.Add(payment);
                }
            }
            );

            if (record.ShippedAt is { } shippedAt)
            {
                yield return (shippedAt, db =>
                {
                    db.Attach(order); // saved (and let go) on its confirmation day
                    db.Shipments.Add(order.Ship([.. order.Lines.Select(l => (l.Id, l.Quantity))], shippedAt, record.ShipmentReference, record.OwnerId));
                    if (record.Completed)
                    {
                        order.Complete();
                    }
                }
                );
            }
        }
    }
}
