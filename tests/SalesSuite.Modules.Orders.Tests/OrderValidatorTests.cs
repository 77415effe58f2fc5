using SalesSuite.Modules.Orders.Api;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.Modules.Orders.Features.CreateOrder;
using SalesSuite.Modules.Orders.Features.DefineProduct;
using SalesSuite.Modules.Orders.Features.SetExchangeRate;
using SalesSuite.Modules.Orders.Features.SetOrderReminderDays;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Tests;

/// <summary>The use cases' rules on their typed inputs alone: no database, no GraphQL.</summary>
public sealed class OrderValidatorTests
{
    private static readonly Product Chair = Product.Define("CH-1", new ProductDetails("Chair", 100m, "USD", 20m, Active: null));

    private static readonly Dictionary<Guid, Product> Catalog = new() { [Chair.Id] = Chair };

    [Fact]
    public void A_product_line_takes_price_tax_and_name_from_the_catalog_unless_given()
    {
        var validator = new Validator();
        var input = new OrderLineInput { ProductId = GlobalId.Encode("Product", Chair.Id), Quantity = 2m, Discount = 10m };

        var line = OrderLineValidator.Check(input, "lines[0]", "USD", Catalog, validator);

        Assert.True(validator.IsValid);
        Assert.Equal((Chair.Id, "CH-1", "Chair", 100m, 20m, 10m), (line!.ProductId, line.Sku, line.Description, line.UnitPrice, line.TaxRate, line.Discount));
        var priced = OrderLineValidator.Check(input with { Description = "Red chair", UnitPrice = 90m, TaxRate = 0m }, null, "USD", Catalog, validator);
        Assert.Equal(("Red chair", 90m, 0m), (priced!.Description, priced.UnitPrice, priced.TaxRate));
    }

    [Fact]
    public void A_line_reports_every_problem_under_its_path_and_gives_no_line()
    {
        var validator = new Validator();
        var input = new OrderLineInput
        {
            Quantity = 0m,
            Discount = 120m,
            TaxRate = -1m,
            Attributes = [new SpecificationAttributeInput { Name = null, Value = "red" }],
        };

        Assert.Null(OrderLineValidator.Check(input, "lines[1]", "USD", Catalog, validator));

        Assert.Equal(
            ["lines[1].description", "lines[1].quantity", "lines[1].unitPrice", "lines[1].discount", "lines[1].taxRate", "lines[1].attributes[0].name"],
            validator.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_line_of_an_unknown_inactive_or_other_currency_product_is_refused()
    {
        var validator = new Validator();
        var euros = new OrderLineInput { ProductId = GlobalId.Encode("Product", Chair.Id), Quantity = 1m };
        Assert.Null(OrderLineValidator.Check(euros, null, "EUR", Catalog, validator));
        Assert.Equal(("productId", "is priced in USD, the order in EUR."), (validator.Errors[0].Field, validator.Errors[0].Message));

        var unknown = new Validator();
        var stranger = euros with { ProductId = GlobalId.Encode("Product", Guid.NewGuid()), UnitPrice = 1m };
        Assert.Null(OrderLineValidator.Check(stranger, null, "USD", Catalog, unknown));
        Assert.Equal("is not an active product of this tenant.", Assert.Single(unknown.Errors).Message);

        var nonsense = euros with { ProductId = "nonsense" };
        var notAProduct = Assert.Throws<AppException>(() => OrderLineValidator.Check(nonsense, "lines[2]", "USD", Catalog, new Validator()));
        Assert.Equal("lines[2].productId", Assert.Single(notAProduct.FieldErrors).Field);
    }

    [Fact]
    public void The_products_to_look_up_are_those_the_lines_name_and_an_id_of_another_type_looks_up_nothing()
    {
        var ids = OrderLineValidator.ProductIds(
        [
            new OrderLineInput { ProductId = GlobalId.Encode("Product", Chair.Id) },
            new OrderLineInput(),
            new OrderLineInput { ProductId = GlobalId.Encode("Order", Chair.Id) },
        ]);

        Assert.Equal([Chair.Id, Guid.Empty], ids);
    }

    [Fact]
    public void A_new_order_is_in_USD_unless_told_and_holds_at_most_200_lines()
    {
        var validator = new Validator();
        Assert.Equal("USD", CreateOrderValidator.Check(new CreateOrderInput(), validator));
        Assert.Equal("EUR", CreateOrderValidator.Check(new CreateOrderInput { Currency = "eur" }, validator));
        Assert.True(validator.IsValid);

        var tooMuch = new CreateOrderInput
        {
            Notes = new string('n', 4001),
            Currency = "E",
            Lines = [.. Enumerable.Repeat(new OrderLineInput(), Order.MaxLines + 1)],
        };
        CreateOrderValidator.Check(tooMuch, validator);
        Assert.Equal(["notes", "currency", "lines"], validator.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_product_needs_a_sku_a_name_and_a_price_and_tax_rate_in_range()
    {
        var details = DefineProductValidator.Check(new DefineProductInput { Sku = "CH-1", Name = "Chair", UnitPrice = 10m, Currency = "eur" });
        Assert.Equal(new ProductDetails("Chair", 10m, "EUR", 0m, null), details);

        var refused = Assert.Throws<AppException>(() => DefineProductValidator.Check(
            new DefineProductInput { UnitPrice = 1_000_000_001m, TaxRate = 101m, Currency = "euro" }));
        Assert.Equal(["sku", "name", "unitPrice", "taxRate", "currency"], refused.FieldErrors.Select(e => e.Field));
    }

    [Fact]
    public void An_exchange_rate_needs_a_currency_code_a_date_and_a_rate_in_range()
    {
        var day = new DateOnly(2026, 11, 2);
        Assert.Equal(("EUR", day, 1.1m), SetExchangeRateValidator.Check(new SetExchangeRateInput { Currency = "eur", Date = day, Rate = 1.1m }));
        var currency = Assert.Throws<AppException>(() => SetExchangeRateValidator.Check(new SetExchangeRateInput { Date = day, Rate = 1m }));
        Assert.Equal("currency", Assert.Single(currency.FieldErrors).Field);
        var date = Assert.Throws<AppException>(() => SetExchangeRateValidator.Check(new SetExchangeRateInput { Currency = "EUR", Rate = 1m }));
        Assert.Equal("date", Assert.Single(date.FieldErrors).Field);
        var rate = Assert.Throws<AppException>(() => SetExchangeRateValidator.Check(new SetExchangeRateInput { Currency = "EUR", Date = day, Rate = 0m }));
        Assert.Equal("rate must be more than 0 and at most 1,000,000.", rate.Message);
    }

    [Fact]
    public void Reminder_days_sent_are_from_1_to_365_and_both_may_be_left_out()
    {
        SetOrderReminderDaysValidator.Check(new SetOrderReminderDaysInput());
        SetOrderReminderDaysValidator.Check(new SetOrderReminderDaysInput { UnpaidDays = 1, UnshippedDays = 365 });

        var outOfRange = new SetOrderReminderDaysInput { UnpaidDays = 0, UnshippedDays = 366 };
        var refused = Assert.Throws<AppException>(() => SetOrderReminderDaysValidator.Check(outOfRange));
        Assert.Equal(["unpaidDays", "unshippedDays"], refused.FieldErrors.Select(e => e.Field));
    }
}
