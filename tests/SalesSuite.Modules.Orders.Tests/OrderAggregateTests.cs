using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Orders.Tests;

/// <summary>The order's life and its rules, on the aggregate alone: no database, no GraphQL.</summary>
public sealed class OrderAggregateTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_draft_numbers_its_lines_in_order_and_its_totals_follow_them()
    {
        var order = Draft();
        var first = order.AddLine(Line("Chair", quantity: 2, unitPrice: 100m, discount: 10m, taxRate: 20m));
        var second = order.AddLine(Line("Desk", quantity: 1, unitPrice: 250.50m));

        Assert.Equal([1, 2], order.Lines.Select(l => l.Position));
        Assert.All(order.Lines, l => Assert.Equal(order.Id, l.OrderId));
        Assert.Equal(180m + 250.50m, order.Net);
        Assert.Equal(36m, order.Tax);
        Assert.Equal(466.50m, order.Total);
        Assert.Equal(Scaled.From(466.50m), order.TotalScaled);

        order.RemoveLine(first.Id);
        Assert.Equal(250.50m, order.Total);
        Assert.Equal(Scaled.From(250.50m), order.TotalScaled);
        Assert.Same(second, Assert.Single(order.Lines));
        Assert.Equal(3, order.AddLine(Line("Lamp", 1, 10m)).Position); // numbers are never given twice
    }

    [Fact]
    public void Confirmation_needs_a_line_then_fixes_the_number_the_rate_and_the_totals_in_the_base_currency()
    {
        var order = Draft("EUR");
        var empty = Assert.Throws<AppException>(() => order.Confirm("SO-000001", "USD", 1.1m, Monday));
        Assert.Equal("lines", Assert.Single(empty.FieldErrors).Field);
        Assert.Equal(OrderStatus.Draft, order.Status);

        order.AddLine(Line("Chair", 3, 33.33m));
        order.Confirm("SO-000001", "USD", 1.1m, Monday);

        Assert.Equal(OrderStatus.Confirmed, order.Status);
        Assert.Equal("SO-000001", order.Number);
        Assert.Equal(Monday, order.ConfirmedAt);
        Assert.Equal(new DateOnly(2026, 11, 2), order.ConfirmedOn);
        Assert.Equal(99.99m, order.Total);
        Assert.Equal(109.99m, order.TotalInBase); // 109.989 to the cent
        Assert.Equal(Scaled.From(109.99m), order.TotalInBaseScaled);
        Assert.Equal(Scaled.From(109.99m), Assert.Single(order.Lines).NetInBaseScaled);

        // A confirmed order's lines are fixed.
        var locked = Assert.Throws<AppException>(() => order.AddLine(Line("Desk", 1, 1m)));
        Assert.Contains("CONFIRMED: addOrderLine is not possible now", locked.Message, StringComparison.Ordinal);
        Assert.Equal("status", Assert.Single(locked.FieldErrors).Field);
    }

    [Fact]
    public void Payments_settle_the_order_to_the_cent_and_never_beyond_what_is_open()
    {
        var order = Confirmed(total: 100m);
        Assert.Throws<AppException>(() => order.RecordPayment(0m, Monday, null, "alice"));
        Assert.Throws<AppException>(() => order.RecordPayment(10.001m, Monday, null, "alice"));

        var first = order.RecordPayment(40m, Monday, "T-1", "alice");
        Assert.Equal(Scaled.From(40m), first.AmountScaled);
        Assert.Equal(order.Id, first.OrderId);
        Assert.Equal(OrderStatus.Confirmed, order.Status);
        Assert.Equal(60m, order.Outstanding);

        var tooMuch = Assert.Throws<AppException>(() => order.RecordPayment(60.01m, Monday, null, "alice"));
        Assert.Contains("more than the 60", tooMuch.Message, StringComparison.Ordinal);
        Assert.Equal(60m, order.Outstanding);

        order.RecordPayment(60m, Monday.AddDays(1), "T-2", "alice");
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal(Monday.AddDays(1), order.PaidAt);
        Assert.Equal(0m, order.Outstanding);
        Assert.Throws<AppException>(() => order.Cancel()); // paid: too late to cancel
    }

    [Fact]
    public void Shipments_deliver_open_quantities_and_the_last_one_ships_the_order()
    {
        var order = Draft();
        var chairs = order.AddLine(Line("Chair", 4, 10m));
        var desk = order.AddLine(Line("Desk", 1, 60m));
        order.Confirm("SO-000002", "USD", 1m, Monday);
        Assert.Throws<AppException>(() => order.Ship([(chairs.Id, 1m)], Monday, null, "bob")); // not paid yet
        order.RecordPayment(order.Total, Monday, null, "bob");

        var wrong = Assert.Throws<AppException>(() => order.Ship([(chairs.Id, 3m), (chairs.Id, 2m), (Guid.NewGuid(), 1m)], Monday, null, "bob"));
        Assert.Equal(["lines[1].quantity", "lines[2].lineId"], wrong.FieldErrors.Select(e => e.Field));
        Assert.Equal(0, chairs.ShippedScaled); // a refused shipment delivers nothing

        var partial = order.Ship([(chairs.Id, 3m)], Monday.AddDays(3), "D-1", "bob");
        Assert.Equal(3m, partial.Quantities[chairs.Id.ToString("N")]);
        Assert.Equal(OrderStatus.Paid, order.Status);

        order.Ship([(chairs.Id, 1m), (desk.Id, 1m)], Monday.AddDays(4), "D-2", "bob");
        Assert.True(order.FullyShipped);
        Assert.Equal(OrderStatus.Shipped, order.Status);

        order.Complete();
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Throws<AppException>(() => order.Complete());
    }

    [Fact]
    public void A_draft_or_an_unpaid_confirmed_order_can_be_cancelled_and_says_whether_it_had_been_confirmed()
    {
        var draft = Draft();
        Assert.False(draft.Cancel());
        Assert.Equal(OrderStatus.Cancelled, draft.Status);
        Assert.Throws<AppException>(() => draft.Cancel());

        var confirmed = Confirmed(total: 10m);
        Assert.True(confirmed.Cancel());
        Assert.Throws<AppException>(() => confirmed.RecordPayment(10m, Monday, null, "alice"));

        var partlyPaid = Confirmed(total: 10m);
        partlyPaid.RecordPayment(1m, Monday, null, "alice");
        var refused = Assert.Throws<AppException>(() => partlyPaid.Cancel());
        Assert.Contains("Allowed: recordPayment", refused.Message, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Confirmed, partlyPaid.Status);
    }

    [Fact]
    public void An_order_holds_at_most_200_lines()
    {
        var order = Draft();
        for (var i = 0; i < Order.MaxLines; i++)
        {
            order.AddLine(Line($"Item {i}", 1, 1m));
        }

        var full = Assert.Throws<AppException>(() => order.AddLine(Line("One more", 1, 1m)));
        Assert.Equal(ErrorCodes.Validation, full.Code);
        Assert.Equal(Order.MaxLines, order.Lines.Count);
    }

    private static Order Draft(string currency = "USD") => Order.Draft(Guid.NewGuid(), null, "alice", currency, notes: null);

    private static Order Confirmed(decimal total)
    {
        var order = Draft();
        order.AddLine(Line("Service", 1, total));
        order.Confirm("SO-000009", "USD", 1m, Monday);
        return order;
    }

    private static OrderLine Line(string description, decimal quantity, decimal unitPrice, decimal discount = 0m, decimal taxRate = 0m) => new()
    {
        Description = description,
        QuantityScaled = Scaled.From(quantity),
        UnitPriceScaled = Scaled.From(unitPrice),
        Discount = discount,
        TaxRate = taxRate,
    };
}
