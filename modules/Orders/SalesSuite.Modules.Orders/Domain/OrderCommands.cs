using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Domain;

internal sealed class OrderCommands(ModuleDbContextFactory<OrdersDbContext> contexts, ICurrentUser user, TimeProvider clock, IServiceProvider services)
{
    private const int MaxLines = 200;

    private static readonly Dictionary<OrderStatus, string> Allowed = new()
    {
        [OrderStatus.Draft] = "addOrderLine, updateOrderLine, removeOrderLine, confirmOrder, cancelOrder",
        [OrderStatus.Confirmed] = "recordPayment, cancelOrder (before any payment)",
        [OrderStatus.Paid] = "recordShipment",
        [OrderStatus.Shipped] = "completeOrder",
        [OrderStatus.Completed] = "none",
        [OrderStatus.Cancelled] = "none",
    };

    public async Task<Product> DefineProductAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var sku = input.String("sku");
        var validator = new Validator().Required("sku", sku, 64).Required("name", input.String("name"), 200);
        var price = input.Value<decimal>("unitPrice") ?? 0m;
        if (price is < 0 or > 1_000_000_000m)
        {
            validator.Add("unitPrice", "must be between 0 and 1,000,000,000.");
        }

        var tax = input.Value<decimal>("taxRate") ?? 0m;
        if (tax is < 0 or > 100)
        {
            validator.Add("taxRate", "must be between 0 and 100 (percent).");
        }

        var currency = Currency(input, validator);
        validator.ThrowIfInvalid();
        var product = await db.Products.AsTracking().FirstOrDefaultAsync(p => p.Sku == sku, ct);
        if (product is null)
        {
            product = new Product { Sku = sku! };
            db.Products.Add(product);
        }
        else
        {
            db.ExpectVersion(product, input.Value<long>("version"));
            db.Touch(product);
        }

        product.Name = input.String("name")!;
        product.UnitPriceScaled = Scaled.From(price);
        product.Currency = currency ?? product.Currency;
        product.TaxRate = tax;
        product.Active = input.Value<bool>("active") ?? product.Active;
        await db.SaveChangesAsync(ct);
        return product;
    }

    public async Task<Order> CreateAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customerId = input.Id("customerId", "Customer");
        var directory = services.GetService<ICustomerDirectory>()
            ?? throw new AppException(ErrorCodes.ModuleDisabled, "Orders need the Customers module, which is not available.");
        if (!(await directory.VisibleAsync([customerId], ct)).Contains(customerId))
        {
            throw AppException.NotFound("Customer", input.String("customerId")!);
        }

        var validator = new Validator().MaxLength("notes", input.String("notes"), 4000);
        var order = new Order
        {
            CustomerId = customerId,
            OpportunityId = input.String("opportunityId") is null ? null : input.Id("opportunityId", "Opportunity"),
            OwnerId = input.String("ownerId") ?? user.UserIdOrThrow,
            Currency = Currency(input, validator) ?? "USD",
            Notes = input.String("notes"),
        };
        var lines = input.Objects("lines");
        if (lines.Count > MaxLines)
        {
            validator.Add("lines", $"may hold at most {MaxLines} lines.");
        }

        var products = await ProductsAsync(db, lines, ct);
        foreach (var line in lines)
        {
            order.Lines.Add(BuildLine(line, order, products, validator));
        }

        validator.ThrowIfInvalid();
        order.RefreshTotals();
        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    public async Task<Order> AddLineAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await LoadAsync(db, input, "orderId", ct);
        Require(order, OrderStatus.Draft, "addOrderLine");
        if (order.Lines.Count >= MaxLines)
        {
            throw InputReader.Invalid("orderId", $"already has {MaxLines} lines.");
        }

        var validator = new Validator();
        var line = BuildLine(input, order, await ProductsAsync(db, [input], ct), validator);
        validator.ThrowIfInvalid();
        line.OrderId = order.Id;
        db.Lines.Add(line);
        if (!order.Lines.Contains(line))
        {
            order.Lines.Add(line);
        }

        order.RefreshTotals();
        db.Touch(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    public async Task<Order> RemoveLineAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var lineId = input.Id("id", "OrderLine");
        var orderId = await db.Lines.Where(l => l.Id == lineId).Select(l => (Guid?)l.OrderId).FirstOrDefaultAsync(ct)
            ?? throw AppException.NotFound("OrderLine", input.String("id")!);
        var order = await LoadAsync(db, orderId, input.Value<long>("version"), ct);
        Require(order, OrderStatus.Draft, "removeOrderLine");
        var line = order.Lines.Single(l => l.Id == lineId);
        order.Lines.Remove(line);
        db.Lines.Remove(line);
        order.RefreshTotals();
        db.Touch(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    /// <summary>Confirms a draft: takes the next number of the tenant's sequence in the same transaction (a clash retries).</summary>
    public async Task<Order> ConfirmAsync(InputReader input, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryConfirmAsync(input, ct);
            }
            catch (Exception ex) when (attempt < 50 && DataErrors.IsConcurrencyClash(ex) && ex is not AppException { Code: ErrorCodes.Conflict })
            {
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), ct);
            }
        }
    }

    private async Task<Order> TryConfirmAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await LoadAsync(db, input.Id("id", "Order"), null, ct, input.String("id"));
        if (input.Value<long>("version") is { } expected && expected != order.Version)
        {
            throw AppException.Conflict("Order");
        }

        Require(order, OrderStatus.Draft, "confirmOrder");
        if (order.Lines.Count == 0)
        {
            throw InputReader.Invalid("id", "has no lines: add at least one before confirming.");
        }

        var now = clock.GetUtcNow();
        var rates = services.GetRequiredService<IExchangeRates>();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var baseCurrency = await rates.BaseCurrencyAsync(ct);
        var rate = await rates.RateAsync(order.Currency, day, ct)
            ?? throw new AppException(ErrorCodes.Validation, $"There is no exchange rate from {order.Currency} to {baseCurrency} on or before {day:yyyy-MM-dd}: add one with setExchangeRate.",
                [new FieldError("currency", $"has no rate to {baseCurrency} on or before {day:yyyy-MM-dd}.")]);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // The number first: the tenant's first number saves a new sequence row, which must not carry half of the order's change with it.
        var number = await NextNumberAsync(db, ct);
        order.BaseCurrency = baseCurrency;
        order.RateToBase = rate;
        order.Number = $"SO-{number:D6}";
        order.Status = OrderStatus.Confirmed;
        order.ConfirmedAt = now;
        order.ConfirmedOn = day;
        order.RefreshTotals();
        db.Publish(OrderEvents.Confirmed(order));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return order;
    }

    public async Task<Order> RecordPaymentAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await LoadAsync(db, input, "orderId", ct);
        Require(order, OrderStatus.Confirmed, "recordPayment");
        var amount = input.Value<decimal>("amount") ?? 0m;
        if (amount <= 0 || Scaled.Cents(amount) != amount)
        {
            throw InputReader.Invalid("amount", "must be a positive amount in cents.");
        }

        if (amount > order.Outstanding || amount >= Scaled.MaxAmount)
        {
            throw InputReader.Invalid("amount", $"is more than the {order.Outstanding} {order.Currency} still open.");
        }

        var now = clock.GetUtcNow();
        db.Payments.Add(new Payment { OrderId = order.Id, AmountScaled = Scaled.From(amount), At = now, Reference = input.String("reference"), RecordedBy = user.UserIdOrThrow });
        order.PaidScaled += Scaled.From(amount);
        if (order.Outstanding == 0)
        {
            order.Status = OrderStatus.Paid;
            order.PaidAt = now;
            db.Publish(OrderEvents.Paid(order, now));
        }

        db.Touch(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    public async Task<Order> RecordShipmentAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await LoadAsync(db, input, "orderId", ct);
        Require(order, OrderStatus.Paid, "recordShipment");
        var validator = new Validator();
        var quantities = new Dictionary<string, decimal>();
        var items = input.Objects("lines");
        if (items.Count == 0)
        {
            validator.Add("lines", "must name at least one line and quantity.");
        }

        foreach (var item in items)
        {
            var lineId = item.Id("lineId", "OrderLine");
            var quantity = Math.Min(item.Value<decimal>("quantity") ?? 0m, 1_000_000_000m);
            var line = order.Lines.FirstOrDefault(l => l.Id == lineId);
            if (line is null)
            {
                validator.Add(item.FieldPath("lineId"), "is not a line of this order.");
            }
            else if (quantity <= 0 || Scaled.From(quantity) > line.QuantityScaled - line.ShippedScaled)
            {
                validator.Add(item.FieldPath("quantity"), $"must be between 0 and the {Scaled.To(line.QuantityScaled - line.ShippedScaled)} not yet shipped.");
            }
            else
            {
                line.ShippedScaled += Scaled.From(quantity);
                quantities[lineId.ToString("N")] = quantities.GetValueOrDefault(lineId.ToString("N")) + quantity;
            }
        }

        validator.ThrowIfInvalid();
        db.Shipments.Add(new Shipment { OrderId = order.Id, At = clock.GetUtcNow(), Reference = input.String("reference"), Quantities = quantities, RecordedBy = user.UserIdOrThrow });
        if (order.FullyShipped)
        {
            order.Status = OrderStatus.Shipped;
        }

        db.Touch(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    public async Task<Order> CompleteAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await LoadAsync(db, input, "id", ct);
        Require(order, OrderStatus.Shipped, "completeOrder");
        order.Status = OrderStatus.Completed;
        db.Touch(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    public async Task<Order> CancelAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await LoadAsync(db, input, "id", ct);
        if (order.Status is not (OrderStatus.Draft or OrderStatus.Confirmed) || order.PaidScaled > 0)
        {
            throw StatusError(order, "cancelOrder");
        }

        var wasConfirmed = order.Status == OrderStatus.Confirmed;
        order.Status = OrderStatus.Cancelled;
        db.Touch(order);
        if (wasConfirmed)
        {
            db.Publish(OrderEvents.Cancelled(order, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(ct);
        return order;
    }

    /// <summary>
    /// Takes the next order number: an atomic increment that holds the sequence row's lock until the confirming
    /// transaction ends, so concurrent confirmations queue instead of colliding, and a rollback gives the number back.
    /// </summary>
    private static async Task<long> NextNumberAsync(OrdersDbContext db, CancellationToken ct)
    {
        var updated = await db.Sequences.Where(s => s.Name == "order").ExecuteUpdateAsync(s => s.SetProperty(x => x.Next, x => x.Next + 1), ct);
        if (updated == 0)
        {
            db.Sequences.Add(new NumberSequence { Name = "order", Next = 2 });
            await db.SaveChangesAsync(ct);
            return 1;
        }

        return await db.Sequences.Where(s => s.Name == "order").Select(s => s.Next).FirstAsync(ct) - 1;
    }

    private static void Require(Order order, OrderStatus status, string action)
    {
        if (order.Status != status)
        {
            throw StatusError(order, action);
        }
    }

    private static AppException StatusError(Order order, string action) =>
        new(ErrorCodes.Validation,
            $"The order is {order.Status.ToString().ToUpperInvariant()}: {action} is not possible now. Allowed: {Allowed[order.Status]}.",
            [new FieldError("status", $"is {order.Status.ToString().ToUpperInvariant()}.")]);

    private static async Task<Order> LoadAsync(OrdersDbContext db, InputReader input, string field, CancellationToken ct) =>
        await LoadAsync(db, input.Id(field, "Order"), input.Value<long>("version"), ct, input.String(field));

    private static async Task<Order> LoadAsync(OrdersDbContext db, Guid id, long? version, CancellationToken ct, string? shownId = null)
    {
        var order = await db.Orders.AsTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, ct)
            ?? throw AppException.NotFound("Order", shownId ?? id.ToString("N"));
        db.ExpectVersion(order, version);
        return order;
    }

    private static string? Currency(InputReader input, Validator validator)
    {
        // Absent or null: the default on a new order, unchanged on an existing one.
        var currency = input.String("currency")?.ToUpperInvariant();
        if (currency is null)
        {
            return null;
        }

        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            validator.Add(input.FieldPath("currency"), "must be a three-letter ISO 4217 code such as USD.");
            return null;
        }

        return currency;
    }

    private static async Task<Dictionary<Guid, Product>> ProductsAsync(OrdersDbContext db, IEnumerable<InputReader> lines, CancellationToken ct)
    {
        var ids = lines.Where(l => l.String("productId") is not null).Select(l => GlobalId.TryDecode(l.String("productId"), out var type, out var id) && type == "Product" ? id : Guid.Empty).ToList();
        return await db.Products.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
    }

    private static OrderLine BuildLine(InputReader input, Order order, Dictionary<Guid, Product> products, Validator validator)
    {
        var line = new OrderLine { OrderId = order.Id, Position = order.Lines.Count == 0 ? 1 : order.Lines.Max(l => l.Position) + 1 };
        if (input.String("productId") is not null)
        {
            var id = input.Id("productId", "Product");
            if (!products.TryGetValue(id, out var product) || !product.Active)
            {
                validator.Add(input.FieldPath("productId"), "is not an active product of this tenant.");
            }
            else
            {
                if (product.Currency != order.Currency)
                {
                    validator.Add(input.FieldPath("productId"), $"is priced in {product.Currency}, the order in {order.Currency}.");
                }

                line.ProductId = product.Id;
                line.Sku = product.Sku;
                line.Description = product.Name;
                line.UnitPriceScaled = product.UnitPriceScaled;
                line.TaxRate = product.TaxRate;
            }
        }
        else
        {
            validator.Required(input.FieldPath("description"), input.String("description"), 500);
        }

        if (input.String("description") is { } description)
        {
            validator.MaxLength(input.FieldPath("description"), line.Description = description, 500);
        }

        var quantity = input.Value<decimal>("quantity") ?? 0m;
        if (quantity < 0.0001m || quantity > 1_000_000)
        {
            validator.Add(input.FieldPath("quantity"), "must be more than 0 and at most 1,000,000.");
        }

        line.QuantityScaled = Scaled.From(quantity);
        if (input.Value<decimal>("unitPrice") is { } price)
        {
            if (price is < 0 or > 1_000_000_000m)
            {
                validator.Add(input.FieldPath("unitPrice"), "must be between 0 and 1,000,000,000.");
            }

            line.UnitPriceScaled = Scaled.From(price);
        }
        else if (line.ProductId is null)
        {
            validator.Add(input.FieldPath("unitPrice"), "is required for a custom item.");
        }

        line.Discount = input.Value<decimal>("discount") ?? 0m;
        if (line.Discount is < 0 or > 100)
        {
            validator.Add(input.FieldPath("discount"), "must be between 0 and 100 (percent).");
        }

        if (input.Value<decimal>("taxRate") is { } tax)
        {
            line.TaxRate = tax;
        }

        if (line.TaxRate is < 0 or > 100)
        {
            validator.Add(input.FieldPath("taxRate"), "must be between 0 and 100 (percent).");
        }

        foreach (var attribute in input.Objects("attributes"))
        {
            var name = attribute.String("name");
            validator.Required(attribute.FieldPath("name"), name, 100).MaxLength(attribute.FieldPath("value"), attribute.String("value"), 500);
            if (name is not null)
            {
                line.Attributes[name] = attribute.String("value") ?? string.Empty;
            }
        }

        return line;
    }
}
