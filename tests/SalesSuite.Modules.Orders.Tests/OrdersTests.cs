using System.Text.Json.Nodes;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Orders.Tests;

/// <summary>Orders through GraphQL: totals and rounding, the status flow, partial payments and shipments, numbering.</summary>
public abstract class OrdersTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string OrderFields = "id number status net tax total paid outstanding lines { id description quantity unitPrice net tax shippedQuantity " +
        "attributes { name value } }";
    private GraphQLClient Alice => App.As("demo", "alice", "rep");

    [Fact]
    public async Task An_order_goes_from_draft_to_completed_with_partial_payments_and_shipments()
    {
        var product = await ProductAsync("WIDGET-1", 19.99m, 8.25m);
        var customer = await CustomerAsync("Order Co");
        var created = await Alice.DataAsync($$"""
            mutation($c: ID!, $p: ID!) { createOrder(input: { customerId: $c, lines: [
              { productId: $p, quantity: 3, discount: 10 },
              { description: "Custom cabinet", quantity: 1, unitPrice: 1234.565, taxRate: 20,
                  attributes: [{ name: "colour", value: "oak" }, { name: "width", value: "80cm" }] } ] }) {
              order { {{OrderFields}} } } }
            """, new { c = customer, p = product });
        var order = created["createOrder"]!["order"]!;
        var id = order["id"]!.GetValue<string>();
        // 3 × 19.99 × 0.9 = 53.973 → 53.97; tax 8.25% = 4.4525 → 4.45. 1 × 1234.565 = 1234.565 → 1234.57; tax 20% = 246.914 → 246.91.
        Assert.Equal(53.97m, order["lines"]![0]!["net"]!.GetValue<decimal>());
        Assert.Equal(4.45m, order["lines"]![0]!["tax"]!.GetValue<decimal>());
        Assert.Equal(1234.57m, order["lines"]![1]!["net"]!.GetValue<decimal>());
        Assert.Equal(246.91m, order["lines"]![1]!["tax"]!.GetValue<decimal>());
        Assert.Equal(1288.54m, order["net"]!.GetValue<decimal>());
        Assert.Equal(251.36m, order["tax"]!.GetValue<decimal>());
        Assert.Equal(1539.90m, order["total"]!.GetValue<decimal>());
        Assert.Equal("DRAFT", order["status"]!.GetValue<string>());
        Assert.Null(order["number"]);
        Assert.Equal(["colour", "width"], order["lines"]![1]!["attributes"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()));

        await ExpectRefusedAsync("mutation($id: ID!) { recordPayment(input: { orderId: $id, amount: 10 }) { order { id } } }", id, "DRAFT");
        var confirmed = await Mutate("confirmOrder", "{ id: $id }", id);
        Assert.Equal("CONFIRMED", confirmed["status"]!.GetValue<string>());
        Assert.Equal("SO-000001", confirmed["number"]!.GetValue<string>());
        await ExpectRefusedAsync(
            "mutation($id: ID!) { addOrderLine(input: { orderId: $id, description: \"Late\", quantity: 1, unitPrice: 1 }) { order { id } } }", id, "CONFIRMED");

        var over = await Alice.PostAsync("mutation($id: ID!) { recordPayment(input: { orderId: $id, amount: 2000 }) { order { id } } }", new { id });
        Assert.Equal("VALIDATION", over.FirstErrorCode);
        var partial = await Mutate("recordPayment", "{ orderId: $id, amount: 500.00, reference: \"wire 1\" }", id);
        Assert.Equal("CONFIRMED", partial["status"]!.GetValue<string>());
        Assert.Equal(1039.90m, partial["outstanding"]!.GetValue<decimal>());
        await ExpectRefusedAsync("mutation($id: ID!) { recordShipment(input: { orderId: $id, lines: [] }) { order { id } } }", id, "CONFIRMED");
        var paid = await Mutate("recordPayment", "{ orderId: $id, amount: 1039.90 }", id);
        Assert.Equal("PAID", paid["status"]!.GetValue<string>());
        Assert.Equal(0m, paid["outstanding"]!.GetValue<decimal>());

        var lineA = paid["lines"]![0]!["id"]!.GetValue<string>();
        var lineB = paid["lines"]![1]!["id"]!.GetValue<string>();
        var tooMany = await Alice.PostAsync(
            "mutation($id: ID!, $l: ID!) { recordShipment(input: { orderId: $id, lines: [{ lineId: $l, quantity: 4 }] }) { order { id } } }",
            new { id, l = lineA });
        Assert.Equal("VALIDATION", tooMany.FirstErrorCode);
        var partly = await Alice.DataAsync(
            $$"""mutation($id: ID!, $l: ID!) { recordShipment(input: { orderId: $id, lines: [{ lineId: $l, quantity: 2 }] }) { order { {{OrderFields}} } } }""",
            new { id, l = lineA });
        Assert.Equal("PAID", partly["recordShipment"]!["order"]!["status"]!.GetValue<string>());
        Assert.Equal(2m, partly["recordShipment"]!["order"]!["lines"]![0]!["shippedQuantity"]!.GetValue<decimal>());
        var shipped = await Alice.DataAsync(
            $$"""
            mutation($id: ID!, $a: ID!, $b: ID!) {
                recordShipment(input: { orderId: $id, lines: [{ lineId: $a, quantity: 1 }, { lineId: $b, quantity: 1 }] }) { order { {{OrderFields}} } } }
            """,
            new { id, a = lineA, b = lineB });
        Assert.Equal("SHIPPED", shipped["recordShipment"]!["order"]!["status"]!.GetValue<string>());
        await ExpectRefusedAsync("mutation($id: ID!) { cancelOrder(input: { id: $id }) { order { id } } }", id, "SHIPPED");
        var completed = await Mutate("completeOrder", "{ id: $id }", id);
        Assert.Equal("COMPLETED", completed["status"]!.GetValue<string>());

        await App.DispatchEventsAsync();
        var viaCustomer = await Alice.DataAsync(
            "query($c: ID!) { customer(id: $c) { lifecycleStage orders { number status payments { amount } customer { name } opportunity { title } } } }",
            new { c = customer });
        Assert.Equal("CUSTOMER", viaCustomer["customer"]!["lifecycleStage"]!.GetValue<string>());
        Assert.Equal("Order Co", viaCustomer["customer"]!["orders"]![0]!["customer"]!["name"]!.GetValue<string>());
        Assert.Null(viaCustomer["customer"]!["orders"]![0]!["opportunity"]);
        var listed = viaCustomer["customer"]!["orders"]![0]!;
        Assert.Equal("SO-000001", listed["number"]!.GetValue<string>());
        Assert.Equal([500.00m, 1039.90m], listed["payments"]!.AsArray().Select(p => p!["amount"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task Drafts_change_freely_and_only_unpaid_orders_can_be_cancelled()
    {
        var customer = await CustomerAsync("Draft Co");
        var empty = (await Alice.DataAsync("mutation($c: ID!) { createOrder(input: { customerId: $c }) { order { id } } }", new { c = customer }))
            ["createOrder"]!["order"]!["id"]!.GetValue<string>();
        var noLines = await Alice.PostAsync("mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { id } } }", new { id = empty });
        Assert.Equal("VALIDATION", noLines.FirstErrorCode);

        var added = await Alice.DataAsync(
            $$"""
            mutation($id: ID!) { addOrderLine(input: { orderId: $id, description: "Service", quantity: 2, unitPrice: 50 }) { order { {{OrderFields}} } } }
            """,
            new { id = empty });
        Assert.Equal(100m, added["addOrderLine"]!["order"]!["total"]!.GetValue<decimal>());
        var line = added["addOrderLine"]!["order"]!["lines"]![0]!["id"]!.GetValue<string>();
        var removed = await Alice.DataAsync("mutation($l: ID!) { removeOrderLine(input: { id: $l }) { order { total lines { id } } } }", new { l = line });
        Assert.Empty(removed["removeOrderLine"]!["order"]!["lines"]!.AsArray());

        var bad = await Alice.PostAsync(
            "mutation($id: ID!) { addOrderLine(input: { orderId: $id, description: \"\", quantity: 0, discount: 120 }) { order { id } } }", new { id = empty });
        Assert.Equal("VALIDATION", bad.FirstErrorCode);
        Assert.Equal(["description", "quantity", "unitPrice", "discount"],
            bad.Errors[0]["extensions"]!["fields"]!.AsArray().Select(f => f!["field"]!.GetValue<string>()));

        var cancelled = await Mutate("cancelOrder", "{ id: $id }", empty);
        Assert.Equal("CANCELLED", cancelled["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Twenty_concurrent_confirmations_get_numbers_without_gaps_or_duplicates()
    {
        var customer = await CustomerAsync("Busy Co");
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var data = await Alice.DataAsync(
                "mutation($c: ID!) { createOrder(input: { customerId: $c, lines: [{ description: \"Item\", quantity: 1, unitPrice: 10 }] }) { order { id } } }",
                new { c = customer });
            ids.Add(data["createOrder"]!["order"]!["id"]!.GetValue<string>());
        }

        var results = await Task.WhenAll(ids.Select(id => App.As("demo", "alice", "rep").DataAsync(
            "mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { number } } }", new { id })));

        var numbers = results.Select(r => r["confirmOrder"]!["order"]!["number"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"SO-{n:D6}"), numbers);
    }

    [Fact]
    public async Task An_order_links_back_to_the_opportunity_it_came_from()
    {
        var customer = await CustomerAsync("Linked Co");
        var opportunity = (await Alice.DataAsync(
            "mutation($c: ID!) { createOpportunity(input: { customerId: $c, title: \"Big deal\" }) { opportunity { id } } }", new { c = customer }))
            ["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();

        var order = await Alice.DataAsync(
            "mutation($c: ID!, $o: ID!) { createOrder(input: { customerId: $c, opportunityId: $o }) { order { opportunity { title } customer { name } } } }",
            new { c = customer, o = opportunity });

        Assert.Equal("Big deal", order["createOrder"]!["order"]!["opportunity"]!["title"]!.GetValue<string>());
        Assert.Equal("Linked Co", order["createOrder"]!["order"]!["customer"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_order_keeps_the_exchange_rate_of_its_confirmation_date()
    {
        var admin = App.As("demo");
        Assert.Equal("USD", (await admin.DataAsync("{ baseCurrency }"))["baseCurrency"]!.GetValue<string>());
        await admin.DataAsync("mutation { setExchangeRate(input: { currency: \"EUR\", date: \"2026-10-01\", rate: 1.1 }) { exchangeRate { rate } } }");
        await admin.DataAsync("mutation { setExchangeRate(input: { currency: \"EUR\", date: \"2026-12-01\", rate: 1.3 }) { exchangeRate { rate } } }");
        var customer = await CustomerAsync("Euro Co");
        var id = (await Alice.DataAsync(
            "mutation($c: ID!) { createOrder(input: { customerId: $c, currency: \"EUR\", lines: [{ description: \"Item\", quantity: 3, unitPrice: 33.33 }] " +
            "}) { order { id } } }",
            new { c = customer }))
            ["createOrder"]!["order"]!["id"]!.GetValue<string>();

        var confirmed = await Alice.DataAsync(
            "mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { total currency baseCurrency rateToBase totalInBase } } }", new { id });
        var order = confirmed["confirmOrder"]!["order"]!;
        Assert.Equal(99.99m, order["total"]!.GetValue<decimal>());
        Assert.Equal(1.1m, order["rateToBase"]!.GetValue<decimal>());
        Assert.Equal(109.99m, order["totalInBase"]!.GetValue<decimal>());

        await admin.DataAsync("mutation { setExchangeRate(input: { currency: \"EUR\", date: \"2026-11-01\", rate: 1.2 }) { exchangeRate { rate } } }");
        var later = await Alice.DataAsync("query($id: ID!) { order(id: $id) { rateToBase totalInBase } }", new { id });
        Assert.Equal(1.1m, later["order"]!["rateToBase"]!.GetValue<decimal>());

        var gbp = (await Alice.DataAsync(
            "mutation($c: ID!) { createOrder(input: { customerId: $c, currency: \"GBP\", lines: [{ description: \"Item\", quantity: 1, unitPrice: 5 }] }) { " +
            "order { id } } }",
            new { c = customer }))
            ["createOrder"]!["order"]!["id"]!.GetValue<string>();
        var noRate = await Alice.PostAsync("mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { id } } }", new { id = gbp });
        Assert.Equal("VALIDATION", noRate.FirstErrorCode);
        Assert.Contains("GBP", noRate.Errors[0]["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Order_statistics_add_up_in_the_base_currency_within_the_scope()
    {
        await App.As("demo").DataAsync("mutation { setExchangeRate(input: { currency: \"EUR\", date: \"2026-01-01\", rate: 2 }) { exchangeRate { rate } } }");
        var customer = await CustomerAsync("Stats Buyer");
        foreach (var (currency, description, quantity, price) in new[] { ("USD", "Alpha", 1m, 100m), ("EUR", "Beta", 2m, 5m), ("USD", "Beta", 1m, 7.5m) })
        {
            var id = (await Alice.DataAsync(
                "mutation($c: ID!, $cur: String, $d: String, $q: Decimal!, $p: Decimal) { createOrder(input: { customerId: $c, currency: $cur, lines: [{ " +
                "description: $d, quantity: $q, unitPrice: $p }] }) { order { id } } }",
                new { c = customer, cur = currency, d = description, q = quantity, p = price }))["createOrder"]!["order"]!["id"]!.GetValue<string>();
            await Alice.DataAsync("mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { id } } }", new { id });
        }

        await Alice.DataAsync(
            "mutation($c: ID!) { createOrder(input: { customerId: $c, lines: [{ description: \"Draft only\", quantity: 1, unitPrice: 999 }] }) { order { id " +
            "} } }",
            new { c = customer });
        const string query = "{ orderStatistics(from: \"2026-11-01\", to: \"2026-11-30\") { baseCurrency count amountInBase byStatus { key count " +
            "amountInBase } byOwner { key amountInBase } byMonth { key count amountInBase } byProduct { key count amountInBase } } }";

        var stats = (await App.As("demo", "carol", "manager").DataAsync(query))["orderStatistics"]!;

        Assert.Equal("USD", stats["baseCurrency"]!.GetValue<string>());
        Assert.Equal(3, stats["count"]!.GetValue<int>());
        Assert.Equal(127.5m, stats["amountInBase"]!.GetValue<decimal>());
        Assert.Equal([("CONFIRMED", 3, 127.5m)],
            stats["byStatus"]!.AsArray().Select(g => (g!["key"]!.GetValue<string>(), g["count"]!.GetValue<int>(), g["amountInBase"]!.GetValue<decimal>())));
        Assert.Equal([("alice", 127.5m)], stats["byOwner"]!.AsArray().Select(g => (g!["key"]!.GetValue<string>(), g["amountInBase"]!.GetValue<decimal>())));
        Assert.Equal([("2026-11", 3, 127.5m)],
            stats["byMonth"]!.AsArray().Select(g => (g!["key"]!.GetValue<string>(), g["count"]!.GetValue<int>(), g["amountInBase"]!.GetValue<decimal>())));
        Assert.Equal([("Alpha", 1, 100m), ("Beta", 2, 27.5m)],
            stats["byProduct"]!.AsArray().Select(g => (g!["key"]!.GetValue<string>(), g["count"]!.GetValue<int>(), g["amountInBase"]!.GetValue<decimal>())));
        var bob = (await App.As("demo", "bob", "rep").DataAsync(query))["orderStatistics"]!;
        Assert.Equal(0, bob["count"]!.GetValue<int>());
        Assert.Equal(0m, bob["amountInBase"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Orders_that_stop_progressing_are_flagged_after_the_tenants_reminder_days()
    {
        await App.As("demo").DataAsync("mutation { setOrderReminderDays(input: { unpaidDays: 10, unshippedDays: 3 }) { unpaidDays unshippedDays } }");
        var customer = await CustomerAsync("Slow Payer");
        var unpaid = await ConfirmedOrderAsync(customer);
        var paid = await ConfirmedOrderAsync(customer);
        await Alice.DataAsync("mutation($id: ID!) { recordPayment(input: { orderId: $id, amount: 10 }) { order { status } } }", new { id = paid });

        Assert.Empty(await FlaggedAsync());
        App.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal([paid], await FlaggedAsync());
        App.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal([unpaid, paid], await FlaggedAsync());
        await Alice.DataAsync("mutation($id: ID!) { recordPayment(input: { orderId: $id, amount: 10 }) { order { status } } }", new { id = unpaid });
        Assert.Equal([paid], await FlaggedAsync());
        Assert.Empty((await App.As("demo", "bob", "rep").DataAsync("{ ordersNeedingAttention { nodes { id } } }"))
            ["ordersNeedingAttention"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task Currency_and_reminder_settings_are_for_admins_not_for_reps_or_managers()
    {
        const string setRate = "mutation { setExchangeRate(input: { currency: \"EUR\", date: \"2026-11-01\", rate: 9 }) { exchangeRate { rate } } }";
        foreach (var (user, role) in new[] { ("alice", "rep"), ("carol", "manager") })
        {
            var client = App.As("demo", user, role);
            Assert.Equal("FORBIDDEN", (await client.PostAsync(setRate)).FirstErrorCode);
            Assert.Equal("FORBIDDEN", (await client.PostAsync("mutation { setBaseCurrency(input: { currency: \"EUR\" }) { baseCurrency } }")).FirstErrorCode);
            Assert.Equal("FORBIDDEN", (await client.PostAsync("mutation { setOrderReminderDays(input: { unpaidDays: 1 }) { unpaidDays } }")).FirstErrorCode);
        }

        Assert.DoesNotContain((await Alice.DataAsync("{ exchangeRates { rate } }"))["exchangeRates"]!.AsArray(), r => r!["rate"]!.GetValue<decimal>() == 9m);
        Assert.Equal(9m, (await App.As("demo").DataAsync(setRate))["setExchangeRate"]!["exchangeRate"]!["rate"]!.GetValue<decimal>());
    }

    private async Task<List<string>> FlaggedAsync() =>
        (await Alice.DataAsync("{ ordersNeedingAttention { nodes { id } } }"))["ordersNeedingAttention"]!["nodes"]!.AsArray()
            .Select(n => n!["id"]!.GetValue<string>()).ToList();

    private async Task<string> ConfirmedOrderAsync(string customer)
    {
        var id = (await Alice.DataAsync(
            "mutation($c: ID!) { createOrder(input: { customerId: $c, lines: [{ description: \"Item\", quantity: 1, unitPrice: 10 }] }) { order { id } } }",
            new { c = customer }))
            ["createOrder"]!["order"]!["id"]!.GetValue<string>();
        await Alice.DataAsync("mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { id } } }", new { id });
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        return id;
    }

    [Fact]
    public async Task Another_rep_cannot_see_or_change_the_order()
    {
        var customer = await CustomerAsync("Private Orders");
        var id = (await Alice.DataAsync(
            "mutation($c: ID!) { createOrder(input: { customerId: $c, lines: [{ description: \"Item\", quantity: 1, unitPrice: 10 }] }) { order { id } } }",
            new { c = customer }))
            ["createOrder"]!["order"]!["id"]!.GetValue<string>();
        var bob = App.As("demo", "bob", "rep");

        Assert.Null((await bob.DataAsync("query($id: ID!) { order(id: $id) { id } }", new { id }))["order"]);
        Assert.Equal("NOT_FOUND", (await bob.PostAsync("mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { id } } }", new { id })).FirstErrorCode);
        Assert.NotNull((await App.As("demo", "carol", "manager").DataAsync("query($id: ID!) { order(id: $id) { id } }", new { id }))["order"]);
    }

    private async Task ExpectRefusedAsync(string mutation, string id, string status)
    {
        var response = await Alice.PostAsync(mutation, new { id });
        Assert.Equal("VALIDATION", response.FirstErrorCode);
        Assert.Contains($"The order is {status}", response.Errors[0]["message"]!.GetValue<string>());
        Assert.Contains("Allowed:", response.Errors[0]["message"]!.GetValue<string>());
    }

    private async Task<JsonNode> Mutate(string name, string input, string id)
    {
        var data = await Alice.DataAsync($"mutation($id: ID!) {{ {name}(input: {input}) {{ order {{ {OrderFields} }} }} }}", new { id });
        return data[name]!["order"]!;
    }

    private async Task<string> ProductAsync(string sku, decimal price, decimal tax)
    {
        var data = await App.As("demo").DataAsync(
            "mutation($s: String!, $p: Decimal!, $t: Decimal) { defineProduct(input: { sku: $s, name: \"Widget\", unitPrice: $p, taxRate: $t }) { product { " +
            "id } } }",
            new { s = sku, p = price, t = tax });
        return data["defineProduct"]!["product"]!["id"]!.GetValue<string>();
    }

    private async Task<string> CustomerAsync(string name) =>
        (await Alice.DataAsync("mutation($n: String!) { createCustomer(input: { name: $n }) { customer { id } } }", new { n = name }))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
}

public sealed class OrdersOnSqlite() : OrdersTests(TestProvider.Sqlite);

public sealed class OrdersOnPostgres() : OrdersTests(TestProvider.Postgres);
