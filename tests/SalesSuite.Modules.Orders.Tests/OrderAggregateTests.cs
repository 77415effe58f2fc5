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

    [Fact]
    public void A_new_product_is_in_USD_and_active_unless_told_and_a_change_keeps_what_it_leaves_out()
    {
        var product = Product.Define("CH-1", new ProductDetails("Chair", 99.5m, Currency: null, TaxRate: 20m, Active: null));
        Assert.Equal(("CH-1", "Chair", "USD", 20m, true), (product.Sku, product.Name, product.Currency, product.TaxRate, product.Active));
        Assert.Equal(Scaled.From(99.5m), product.UnitPriceScaled);

        product.Change(new ProductDetails("Arm chair", 120m, "EUR", 0m, Active: false));
        Assert.Equal(("Arm chair", "EUR", 0m, false), (product.Name, product.Currency, product.TaxRate, product.Active));

        product.Change(new ProductDetails("Arm chair", 125m, Currency: null, TaxRate: 5m, Active: null));
        Assert.Equal(("EUR", 5m, false), (product.Currency, product.TaxRate, product.Active)); // left out: as it was
        Assert.Throws<ArgumentException>(() => Product.Define(" ", new ProductDetails("No SKU", 1m, null, 0m, null)));
    }

    [Fact]
    public void A_line_keeps_its_discount_and_tax_rate_within_percents_and_its_own_copy_of_the_attributes()
    {
        var attributes = new Dictionary<string, string> { ["colour"] = "red" };
        var line = OrderLine.Of(null, null, "Custom chair", Scaled.From(2m), Scaled.From(50m), discount: 10m, taxRate: 20m, attributes);
        attributes["colour"] = "blue";

        Assert.Equal("red", line.Attributes["colour"]);
        Assert.Equal((90m, 18m), (line.Net, line.Tax));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderLine.Of(null, null, "Chair", Scaled.From(1m), 0, discount: 101m));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderLine.Of(null, null, "Chair", Scaled.From(1m), 0, taxRate: -1m));
    }

    [Fact]
    public void A_line_never_ships_more_than_it_holds_and_converts_its_net_to_the_base_currency_in_cents()
    {
        var line = Line("Chair", quantity: 3, unitPrice: 33.33m);
        line.Ship(Scaled.From(2m));
        Assert.Throws<ArgumentOutOfRangeException>(() => line.Ship(Scaled.From(2m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => line.Ship(0));
        Assert.Equal(Scaled.From(2m), line.ShippedScaled);

        line.ConvertToBase(1.1m);
        Assert.Equal(Scaled.From(109.99m), line.NetInBaseScaled); // 99.99 × 1.1 = 109.989
    }

    [Fact]
    public void Payments_and_shipments_are_made_by_the_order_for_itself()
    {
        var order = Confirmed(100m);
        var payment = order.RecordPayment(100m, Monday, "Wire 1", "bob");
        Assert.Equal((order.Id, Scaled.From(100m), Monday), (payment.OrderId, payment.AmountScaled, payment.At));
        Assert.Equal(("Wire 1", "bob"), (payment.Reference, payment.RecordedBy));

        var line = Assert.Single(order.Lines);
        var shipment = order.Ship([(line.Id, 1m)], Monday, "Truck 7", "bob");
        Assert.Equal((order.Id, "Truck 7", "bob"), (shipment.OrderId, shipment.Reference, shipment.RecordedBy));
        Assert.Equal(1m, shipment.Quantities[line.Id.ToString("N")]);
        Assert.Equal(OrderStatus.Shipped, order.Status);
    }

    [Fact]
    public void The_base_currency_cannot_change_once_orders_were_converted_but_may_be_set_again_to_itself()
    {
        var settings = new CurrencySettings();
        Assert.Equal("USD", settings.BaseCurrency);
        Assert.True(settings.ChangeBaseCurrency("EUR", ordersConverted: false));
        Assert.False(settings.ChangeBaseCurrency("GBP", ordersConverted: true));
        Assert.Equal("EUR", settings.BaseCurrency);
        Assert.True(settings.ChangeBaseCurrency("EUR", ordersConverted: true));
        Assert.Throws<ArgumentException>(() => settings.ChangeBaseCurrency("euro", ordersConverted: false));
    }

    [Fact]
    public void Reminder_days_change_only_where_sent_and_stay_from_1_to_365()
    {
        var settings = new CurrencySettings();
        settings.ChangeReminderDays(30, null);
        Assert.Equal((30, 7), (settings.UnpaidReminderDays, settings.UnshippedReminderDays));
        Assert.Throws<ArgumentOutOfRangeException>(() => settings.ChangeReminderDays(null, 366));
        Assert.Throws<ArgumentOutOfRangeException>(() => settings.ChangeReminderDays(0, null));
        Assert.Equal((30, 7), (settings.UnpaidReminderDays, settings.UnshippedReminderDays));
    }

    [Fact]
    public void An_exchange_rate_is_positive_at_most_a_million_and_kept_to_10_decimals()
    {
        var rate = ExchangeRate.Of("EUR", new DateOnly(2026, 11, 2), 1.123456789012m);
        Assert.Equal(1.1234567890m, rate.Rate);
        rate.Change(1.2m);
        Assert.Equal(1.2m, rate.Rate);
        Assert.Throws<ArgumentOutOfRangeException>(() => rate.Change(0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExchangeRate.Of("EUR", new DateOnly(2026, 11, 2), 1_000_001m));
    }

    [Fact]
    public void A_number_sequence_starts_at_1_or_later()
    {
        var sequence = NumberSequence.Start(NumberSequence.Orders, 42);
        Assert.Equal(("order", 42L), (sequence.Name, sequence.Next));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberSequence.Start(NumberSequence.Orders, 0));
    }

    [Fact]
    public void A_currency_code_is_three_upper_case_letters_and_a_sent_one_is_upper_cased()
    {
        var validator = new Validator();
        Assert.Equal("EUR", CurrencyCode.Check(validator, "currency", "eur"));
        Assert.Null(CurrencyCode.Check(validator, "currency", null));
        Assert.True(validator.IsValid);
        Assert.Null(CurrencyCode.Check(validator, "currency", "EURO"));
        Assert.Equal("must be a three-letter ISO 4217 code such as USD.", Assert.Single(validator.Errors).Message);

        Assert.Equal("GBP", CurrencyCode.Require("currency", "gbp"));
        var missing = Assert.Throws<AppException>(() => CurrencyCode.Require("currency", null));
        Assert.Equal(("currency must be a three-letter ISO 4217 code such as USD.", "must be a three-letter ISO 4217 code."),
            (missing.Message, Assert.Single(missing.FieldErrors).Message));
    }

    private static Order Draft(string currency = "USD") => Order.Draft(Guid.NewGuid(), null, "alice", currency, notes: null);

    private static Order Confirmed(decimal total)
    {
        var order = Draft();
        order.AddLine(Line("Service", 1, total));
        order.Confirm("SO-000009", "USD", 1m, Monday);
        return order;
    }

    private static OrderLine Line(string description, decimal quantity, decimal unitPrice, decimal discount = 0m, decimal taxRate = 0m) =>
        OrderLine.Of(null, null, description, Scaled.From(quantity), Scaled.From(unitPrice), discount, taxRate);
}
