using SalesSuite.Modules.Orders.Contracts;

namespace SalesSuite.Demo;

/// <summary>
/// The demo history's part of Orders: exchange rates (EUR, GBP) month by month, a small catalog, and the confirmed orders of
/// the won opportunities, numbered in confirmation order, mostly paid.
/// </summary>
internal static class DemoOrders
{
    private const int ShipAfterDays = 3;

    private const int CompleteAfterDays = 14;

    public static OrderHistory History(DemoHistory history)
    {
        var orders = new List<OrderHistoryRecord>();
        foreach (var planned in history.Orders)
        {
            var number = $"SO-{orders.Count + 1:D6}";

            // Paid orders ship three days later and are completed two weeks after that, as far as the history reaches:
            // only recent ones are left waiting, so the reminder inbox shows today's work, not two years of it.
            DateTimeOffset? shippedAt = planned.PaidAt is { } paid && paid.AddDays(ShipAfterDays) < history.Today ? paid.AddDays(ShipAfterDays) : null;
            orders.Add(new OrderHistoryRecord
            {
                Id = planned.Id,
                Number = number,
                CustomerId = planned.CustomerId,
                OpportunityId = planned.OpportunityId,
                OwnerId = planned.OwnerId,
                Currency = planned.Currency,
                Lines = [.. planned.Lines.Select(l => new OrderLineRecord(l.Sku, l.Name, l.Quantity, l.UnitPrice))],
                ConfirmedAt = planned.ConfirmedAt,
                BaseCurrency = "USD",
                RateToBase = history.RateOn(planned.Currency, DateOnly.FromDateTime(planned.ConfirmedAt.UtcDateTime)),
                PaidAt = planned.PaidAt,
                PaymentReference = $"Transfer {number}",
                ShippedAt = shippedAt,
                ShipmentReference = $"Delivery {number}",
                Completed = shippedAt is { } shipped && shipped.AddDays(CompleteAfterDays) < history.Today,
            });
        }

        return new OrderHistory(
            history.Start,
            [.. history.Rates.Select(r => new ExchangeRateRecord(r.Currency, r.Date, r.Rate))],
            [.. DemoHistory.Products.Select(p => new ProductRecord(p.Sku, p.Name, 100m, "USD", 0m))],
            history.Orders.Count + 1,
            orders);
    }
}
